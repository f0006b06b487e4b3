package cn.gridbot.admin.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.gridbot.admin.web.UnitScope;
import cn.gridbot.admin.security.Principal;
import cn.gridbot.classify.Category;
import cn.gridbot.common.DomainException;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.gridevent.FollowUps;
import cn.gridbot.stats.Figures;
import cn.gridbot.stats.Overview;
import cn.gridbot.stats.Statistics;

/**
 * {@code /api/v1/stats} (README "Admin API"): the overview of a unit for a period (default: the last 30 days) and
 * the 督查通报 ranking its child units or ({@code level=DEPARTMENT}) its departments. Periods are whole days in
 * {@code gridbot.time-zone}, both ends included.
 */
@RestController
@RequestMapping("/api/v1/stats")
class StatsController {

    /** Figures as the API shows them: the counts and the rates README "Event lifecycle" defines. */
    record FiguresView(String unitCode, String unitName, String category, String categoryLabel, long received,
            long resolved, Double completionRate, Double onTimeRate, Double signOnTimeRate, long overdue,
            Double satisfaction, long rated, long cancelled, long urgent) {

        static FiguresView of(String unitCode, String unitName, String category, Figures f) {
            return new FiguresView(unitCode, unitName, category,
                    category == null ? null : Category.valueOf(category).label(), f.received(), f.resolved(),
                    f.completionRate(), f.onTimeRate(), f.signOnTimeRate(), f.overdue(), f.satisfaction(), f.rated(),
                    f.cancelled(), f.urgent());
        }
    }

    record OverviewView(String unitCode, String unitName, LocalDate from, LocalDate to, long received, long resolved,
            Double completionRate, Double onTimeRate, Double signOnTimeRate, long overdue, Double satisfaction,
            long rated, long cancelled, long urgent, List<FiguresView> byCategory, List<FiguresView> byChild,
            long followUpCalls, Double followUpSatisfaction, long followUpUnreached) {
    }

    record RankedView(int rank, String unitCode, String unitName, long received, long resolved, Double completionRate,
            Double onTimeRate, Double signOnTimeRate, Double satisfaction, long overdue) {
    }

    record ReportView(String unitCode, String unitName, LocalDate from, LocalDate to, String level, List<RankedView> items) {
    }

    private final Statistics statistics;
    private final FollowUps followUps;
    private final UnitScope scope;
    private final GridCatalog grids;
    private final Clock clock;
    private final GridbotSettings settings;

    StatsController(Statistics statistics, FollowUps followUps, UnitScope scope, GridCatalog grids, Clock clock,
            GridbotSettings settings) {
        this.statistics = statistics;
        this.followUps = followUps;
        this.scope = scope;
        this.grids = grids;
        this.clock = clock;
        this.settings = settings;
    }

    @GetMapping("/overview")
    OverviewView overview(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String gridCode, Principal principal) {
        GridUnit unit = scope.readUnit(principal, gridCode);
        LocalDate end = day(to, today(), "to");
        Overview o = statistics.overview(unit, day(from, end.minusDays(29), "from"), end);
        Figures t = o.total();
        List<FiguresView> byCategory = o.byCategory().entrySet().stream()
                .map(e -> FiguresView.of(null, null, e.getKey(), e.getValue())).toList();
        List<FiguresView> byChild = o.byChild().entrySet().stream()
                .map(e -> FiguresView.of(e.getKey(), name(e.getKey()), null, e.getValue())).toList();
        // Follow-up calls (电话回访) made in the period, beside the residents' ratings.
        FollowUps.Tally calls = followUps.tally(unit.path(), o.from().atStartOfDay(settings.timeZone()).toInstant(),
                o.to().plusDays(1).atStartOfDay(settings.timeZone()).toInstant());
        return new OverviewView(o.unitCode(), o.unitName(), o.from(), o.to(), t.received(), t.resolved(),
                t.completionRate(), t.onTimeRate(), t.signOnTimeRate(), t.overdue(), t.satisfaction(), t.rated(),
                t.cancelled(), t.urgent(), byCategory, byChild, calls.answered(),
                calls.answered() == 0 ? null : Math.round(calls.satisfied() * 10_000.0 / calls.answered()) / 10_000.0,
                calls.unreached());
    }

    /**
     * The 督查通报: {@code level=CHILD} (default) ranks the unit's child units by the events received in them;
     * {@code level=DEPARTMENT} ranks the departments under the unit by the events of the unit that their staff hold.
     */
    @GetMapping("/report")
    ReportView report(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String gridCode,
            @Parameter(description = "CHILD (default): the unit's child units; DEPARTMENT: the departments under the unit,"
                    + " by the events of the unit their staff hold") @RequestParam(required = false) String level,
            Principal principal) {
        GridUnit unit = scope.readUnit(principal, gridCode);
        boolean departments = departments(level);
        LocalDate end = day(to, today(), "to");
        LocalDate start = day(from, end.minusDays(29), "from");
        List<Statistics.Ranked> ranked = departments ? statistics.departmentReport(unit, start, end)
                : statistics.report(unit, start, end);
        List<RankedView> items = ranked.stream().map(r -> new RankedView(r.rank(),
                r.unitCode(), r.unitName(), r.figures().received(), r.figures().resolved(), r.figures().completionRate(),
                r.figures().onTimeRate(), r.figures().signOnTimeRate(), r.figures().satisfaction(), r.figures().overdue()))
                .toList();
        return new ReportView(unit.code(), unit.name(), start, end, departments ? "DEPARTMENT" : "CHILD", items);
    }

    private static boolean departments(String level) {
        if (level == null || level.isBlank() || "CHILD".equalsIgnoreCase(level.strip())) {
            return false;
        }
        if ("DEPARTMENT".equalsIgnoreCase(level.strip())) {
            return true;
        }
        throw DomainException.invalid("invalid-parameter", "level is CHILD or DEPARTMENT");
    }

    /**
     * Recomputes every kept counter (the statistics, the event list's per-unit totals) from the events: after a
     * bulk load into the database, or to repair.
     */
    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> rebuild(Principal principal) {
        principal.requireAdmin();
        statistics.rebuild();
        return Map.of("status", "rebuilt");
    }


    private String name(String code) {
        return grids.directory().find(code).map(GridUnit::name).orElse(code);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.timeZone()));
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
