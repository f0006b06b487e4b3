package cn.gridbot.admin.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gridbot.admin.security.Principal;
import cn.gridbot.admin.web.UnitScope;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.register.RegisterStatistics;

/**
 * {@code GET /api/v1/stats/registers} (README "Registers"): per child unit of {@code gridCode} (default: the
 * token's unit, or the county) and kind, the records, those checked in time, overdue and complete, as of today.
 * SPECIAL appears for ADMIN tokens only.
 */
@RestController
class RegisterStatsController {

    record Row(String unitCode, String unitName, String kind, long records, long checkedInTime, long overdue,
            long complete) {
    }

    record RegisterStatsView(String unitCode, String unitName, LocalDate date, List<Row> items) {
    }

    private final RegisterStatistics statistics;
    private final UnitScope scope;
    private final Clock clock;
    private final GridbotSettings settings;

    RegisterStatsController(RegisterStatistics statistics, UnitScope scope, Clock clock, GridbotSettings settings) {
        this.statistics = statistics;
        this.scope = scope;
        this.clock = clock;
        this.settings = settings;
    }

    @GetMapping("/api/v1/stats/registers")
    RegisterStatsView registers(@RequestParam(required = false) String gridCode, Principal principal) {
        GridUnit unit = scope.readUnit(principal, gridCode);
        LocalDate today = LocalDate.now(clock.withZone(settings.timeZone()));
        List<Row> rows = statistics.byChild(unit, today, principal.isAdmin()).stream()
                .map(c -> new Row(c.unitCode(), c.unitName(), c.kind().name(), c.records(), c.checkedInTime(), c.overdue(),
                        c.complete()))
                .toList();
        return new RegisterStatsView(unit.code(), unit.name(), today, rows);
    }

}
