package cn.gridbot.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import cn.gridbot.common.DomainException;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridDirectory;
import cn.gridbot.grid.GridUnit;

/**
 * The supervision figures of README "Admin API", read from the kept counters whatever the number of events: a county
 * reads its townships' rows, a township its communities', a community (or a grid) its grids' — by primary
 * key, a few thousand rows for a year.
 */
@Component
public class Statistics {

    private static final int MAX_DAYS = 3 * 366;

    private final StatsSource source;
    private final GridCatalog grids;
    private final ZoneId zone;
    private final Clock clock;

    Statistics(StatsSource source, GridCatalog grids, GridbotSettings settings, Clock clock) {
        this.source = source;
        this.grids = grids;
        this.zone = settings.timeZone();
        this.clock = clock;
    }

    public Overview overview(GridUnit unit, LocalDate from, LocalDate to) {
        List<StatsRow> rows = rows(unit, from, to);
        GridDirectory directory = grids.directory();
        Figures total = Figures.NONE;
        Map<String, Figures> byCategory = new TreeMap<>();
        Map<String, Figures> byChild = new LinkedHashMap<>();
        for (GridUnit child : directory.childrenOf(unit.code())) {
            if (!child.isDepartment()) {
                byChild.put(child.code(), Figures.NONE);
            }
        }
        for (StatsRow row : rows) {
            total = total.plus(row.figures());
            byCategory.merge(row.category(), row.figures(), Figures::plus);
            String child = childOf(unit, row.unitCode(), directory);
            byChild.merge(child, row.figures(), Figures::plus);
        }
        return new Overview(unit.code(), unit.name(), from, to, total, byCategory, byChild);
    }

    /** The child units ranked for the 督查通报: completion rate, then on-time rate, then satisfaction; unit totals alike. */
    public List<Ranked> report(GridUnit unit, LocalDate from, LocalDate to) {
        Overview overview = overview(unit, from, to);
        GridDirectory directory = grids.directory();
        List<Ranked> ranked = new ArrayList<>();
        overview.byChild().forEach((code, figures) -> ranked.add(new Ranked(0, code,
                directory.find(code).map(GridUnit::name).orElse(code), figures)));
        return ranked(ranked);
    }

    /**
     * The departments under the unit (its subtree: a county's own and its townships', a township's own) ranked for the
     * 督查通报 by the same figures and order, counted over the events created in the period in the unit that the
     * department's staff hold (transferred to them, README "Departments and supervision"); a department with none
     * is ranked with empty figures.
     */
    public List<Ranked> departmentReport(GridUnit unit, LocalDate from, LocalDate to) {
        check(from, to);
        GridDirectory directory = grids.directory();
        Map<String, Figures> byDepartment = new LinkedHashMap<>();
        directory.all().stream().filter(GridUnit::isDepartment).filter(u -> u.path().startsWith(unit.path()))
                .forEach(u -> byDepartment.put(u.code(), Figures.NONE));
        for (StatsRow row : source.heldByDepartments(unit.path(), from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant())) {
            if (byDepartment.containsKey(row.unitCode())) {
                byDepartment.merge(row.unitCode(), row.figures(), Figures::plus);
            }
        }
        List<Ranked> ranked = new ArrayList<>();
        byDepartment.forEach((code, figures) -> ranked.add(new Ranked(0, code,
                directory.find(code).map(GridUnit::name).orElse(code), figures)));
        return ranked(ranked);
    }

    private static List<Ranked> ranked(List<Ranked> ranked) {
        Comparator<Double> highFirst = Comparator.nullsLast(Comparator.reverseOrder());
        ranked.sort(Comparator.comparing((Ranked r) -> r.figures().completionRate(), highFirst)
                .thenComparing(r -> r.figures().onTimeRate(), highFirst)
                .thenComparing(r -> r.figures().signOnTimeRate(), highFirst)
                .thenComparing(r -> r.figures().satisfaction(), highFirst)
                .thenComparingLong(r -> r.figures().overdue())
                .thenComparing(Ranked::unitCode));
        List<Ranked> numbered = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Ranked r = ranked.get(i);
            numbered.add(new Ranked(i + 1, r.unitCode(), r.unitName(), r.figures()));
        }
        return numbered;
    }

    /** One child unit's place in the report. */
    public record Ranked(int rank, String unitCode, String unitName, Figures figures) {
    }

    private static void check(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw DomainException.invalid("invalid-parameter", "to must not be before from");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw DomainException.invalid("invalid-parameter", "A period is at most three years");
        }
    }

    private List<StatsRow> rows(GridUnit unit, LocalDate from, LocalDate to) {
        check(from, to);
        StatsLevel level = StatsLevel.below(unit.level());
        List<String> codes = new ArrayList<>();
        codes.add(unit.code());
        grids.directory().descendantsAt(unit.code(), level.unitLevel()).forEach(u -> codes.add(u.code()));
        return source.counters(level, codes, from, to);
    }

    /** The child of {@code unit} on the way down to {@code code}; the unit itself for events sitting at its level. */
    private static String childOf(GridUnit unit, String code, GridDirectory directory) {
        GridUnit current = directory.find(code).orElse(null);
        while (current != null && !unit.code().equals(current.parentCode())) {
            if (current.code().equals(unit.code())) {
                return unit.code();
            }
            current = current.parentCode() == null ? null : directory.find(current.parentCode()).orElse(null);
        }
        return current == null ? unit.code() : current.code();
    }

    public void rebuild() {
        GridDirectory directory = grids.directory();
        List<StatsSource.Bucket> buckets = new ArrayList<>();
        for (GridUnit unit : directory.all()) {
            for (StatsLevel level : StatsLevel.values()) {
                level.bucketOf(unit.code(), directory).ifPresent(bucket ->
                        buckets.add(new StatsSource.Bucket(level, unit.code(), bucket.code(), bucket.path())));
            }
        }
        source.rebuild(buckets, zone.getRules().getOffset(clock.instant()).getTotalSeconds());
    }
}
