package cn.gridbot.admin.patrol;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gridbot.admin.security.Principal;
import cn.gridbot.admin.web.UnitScope;
import cn.gridbot.common.DomainException;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.patrol.TwiceDaily;

/**
 * {@code GET /api/v1/stats/patrols} ({@code from}, {@code to} — whole days, both included, default the last 30 —,
 * {@code gridCode}): for each child unit of the unit, the half-day patrols its on-duty grid workers owed on working
 * days ({@code due}), those with a valid patrol ({@code done}) and {@code rate} = done ÷ due (null when nothing was due).
 */
@RestController
class PatrolStatsController {

    record UnitDuty(String unitCode, String unitName, long due, long done, Double rate) {
    }

    record PatrolStatsView(String unitCode, String unitName, LocalDate from, LocalDate to, long due, long done, Double rate,
            List<UnitDuty> items) {
    }

    private static final int MAX_DAYS = 366;

    private final TwiceDaily duty;
    private final UnitScope scope;
    private final GridCatalog grids;
    private final Clock clock;
    private final GridbotSettings settings;

    PatrolStatsController(TwiceDaily duty, UnitScope scope, GridCatalog grids, Clock clock, GridbotSettings settings) {
        this.duty = duty;
        this.scope = scope;
        this.grids = grids;
        this.clock = clock;
        this.settings = settings;
    }

    @GetMapping("/api/v1/stats/patrols")
    PatrolStatsView patrols(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String gridCode, Principal principal) {
        GridUnit unit = scope.readUnit(principal, gridCode);
        LocalDate end = day(to, LocalDate.now(clock.withZone(settings.timeZone())), "to");
        LocalDate start = day(from, end.minusDays(29), "from");
        if (start.isAfter(end) || start.plusDays(MAX_DAYS).isBefore(end)) {
            throw DomainException.invalid("invalid-parameter", "from must not be after to, and the period at most a year");
        }
        List<TwiceDaily.Tally> tallies = duty.tally(unit.path(), start, end);
        List<GridUnit> children = grids.directory().childrenOf(unit.code());
        List<UnitDuty> items = new ArrayList<>();
        for (GridUnit child : children.isEmpty() ? List.of(unit) : children) {
            long due = 0;
            long done = 0;
            for (TwiceDaily.Tally t : tallies) {
                if (t.worker().unitPath().startsWith(child.path())) {
                    due += t.due();
                    done += t.done();
                }
            }
            items.add(new UnitDuty(child.code(), child.name(), due, done, rate(done, due)));
        }
        long due = tallies.stream().mapToLong(TwiceDaily.Tally::due).sum();
        long done = tallies.stream().mapToLong(TwiceDaily.Tally::done).sum();
        return new PatrolStatsView(unit.code(), unit.name(), start, end, due, done, rate(done, due), items);
    }

    private static Double rate(long done, long due) {
        return due == 0 ? null : Math.round(10000.0 * done / due) / 10000.0;
    }


    private static LocalDate day(String value, LocalDate fallback, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("invalid-parameter", name + " must be a date as YYYY-MM-DD");
        }
    }
}
