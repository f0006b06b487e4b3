package cn.gridbot.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import cn.gridbot.common.GridbotSettings;
import cn.gridbot.common.PageRequest;
import cn.gridbot.common.Page;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridDirectory;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.grid.UnitLevel;
import cn.gridbot.patrol.TwiceDaily;
import cn.gridbot.worker.Worker;
import cn.gridbot.worker.Workers;

/**
 * The monthly assessment (考核, README "Departments and supervision"). For each worker, department or township under a
 * unit: events resolved in the month on time ÷ resolved; signed for in time ÷ signed for; the residents' average rating
 * (1–5, as 0–1); one minus the share of the resolved events that were reopened for review; care visits done ÷ due
 * (capped at 1); half-day patrols done ÷ owed on the month's working days by the on-duty grid workers ({@link TwiceDaily},
 * the patrol statistics' own count); register re-checks done ÷ due ({@link AssessmentSource#checksDue}, capped at 1);
 * self-reports made ÷ expected ({@code gridbot.assessment.self-report-target} per on-duty grid worker and month, capped
 * at 1). For the month in progress, patrols, checks and the self-report target count the days up to today. A measure
 * with nothing due stays null and its weight out of the score. Score = 100 × Σ weight × value ÷ Σ weight over the
 * measures that have a value; rows are ranked by score, highest first.
 */
@Component
public class Assessment {

    private static final int PAGE = 500;

    /** The ranked rows and the weights they were scored with. */
    public record Report(YearMonth month, AssessmentLevel level, String unitCode, Map<Measure, Integer> weights,
            List<AssessmentRow> rows) {
    }

    private record Subject(String code, String name, String unitCode) {
    }

    private final AssessmentSource source;
    private final GridCatalog grids;
    private final Workers workers;
    private final AssessmentSettings settings;
    private final TwiceDaily duty;
    private final Clock clock;
    private final ZoneId zone;

    Assessment(AssessmentSource source, GridCatalog grids, Workers workers, AssessmentSettings settings,
            TwiceDaily duty, Clock clock, GridbotSettings gridbot) {
        this.source = source;
        this.grids = grids;
        this.workers = workers;
        this.settings = settings;
        this.duty = duty;
        this.clock = clock;
        this.zone = gridbot.timeZone();
    }

    public Report assess(YearMonth month, AssessmentLevel level, GridUnit scope) {
        GridDirectory directory = grids.directory();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<Worker> staff = workersUnder(scope.path());
        Map<String, String> unitOfWorker = new HashMap<>();
        staff.forEach(w -> unitOfWorker.put(w.code(), w.unitCode()));

        Map<String, Subject> subjects = new LinkedHashMap<>();
        Function<AssessmentSource.EventTally, String> eventKey;
        switch (level) {
            case WORKER -> {
                staff.stream().filter(w -> directory.find(w.unitCode()).map(u -> u.isGrid() || u.isDepartment()).orElse(false))
                        .forEach(w -> subjects.put(w.code(), new Subject(w.code(), w.name(), w.unitCode())));
                eventKey = AssessmentSource.EventTally::assigneeCode;
            }
            case DEPARTMENT -> {
                directory.all().stream().filter(GridUnit::isDepartment).filter(u -> u.path().startsWith(scope.path()))
                        .forEach(u -> subjects.put(u.code(), new Subject(u.code(), u.name(), u.parentCode())));
                eventKey = t -> unitOfWorker.get(t.assigneeCode());
            }
            default -> {
                directory.all().stream().filter(u -> u.level() == UnitLevel.TOWNSHIP).filter(u -> u.path().startsWith(scope.path()))
                        .forEach(u -> subjects.put(u.code(), new Subject(u.code(), u.name(), u.parentCode())));
                eventKey = t -> directory.ancestorAt(t.unitCode(), UnitLevel.TOWNSHIP).map(GridUnit::code).orElse(null);
            }
        }
        Map<String, Tally> tallies = new HashMap<>();
        String eventScope = level == AssessmentLevel.DEPARTMENT ? null : scope.path();
        for (AssessmentSource.EventTally t : source.events(eventScope, from, to)) {
            String key = eventKey.apply(t);
            if (key != null && subjects.containsKey(key)) {
                tallies.merge(key, t.tally(), Tally::plus);
            }
        }
        addVisits(level, month, subjects, tallies, directory);
        if (level != AssessmentLevel.DEPARTMENT) {
            Function<String, String> keyOfGrid = level == AssessmentLevel.WORKER ? null : grid -> township(grid, directory);
            LocalDate counted = lastCounted(month);
            addPatrolsAndSelfReports(month, counted, scope, subjects, tallies, keyOfGrid, from, to);
            addChecks(month, counted, staff, subjects, tallies, keyOfGrid, directory, to);
        }

        Map<Measure, Integer> weights = settings.byMeasure();
        List<AssessmentRow> rows = new ArrayList<>();
        for (Subject s : subjects.values()) {
            Tally t = tallies.getOrDefault(s.code(), Tally.NONE);
            Map<Measure, Double> values = values(t);
            rows.add(new AssessmentRow(0, s.code(), s.name(), s.unitCode(), t, values, score(values, weights)));
        }
        rows.sort(Comparator.comparing(AssessmentRow::score, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(AssessmentRow::code));
        List<AssessmentRow> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            AssessmentRow r = rows.get(i);
            ranked.add(new AssessmentRow(i + 1, r.code(), r.name(), r.unitCode(), r.tally(), r.values(), r.score()));
        }
        return new Report(month, level, scope.code(), weights, ranked);
    }

    /** Visits: a worker's own, against their grid's due; a township's, against the due of its grids. Departments have none. */
    private void addVisits(AssessmentLevel level, YearMonth month, Map<String, Subject> subjects, Map<String, Tally> tallies,
            GridDirectory directory) {
        if (level == AssessmentLevel.DEPARTMENT) {
            return;
        }
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        Map<String, Long> dueByGrid = new HashMap<>();
        source.visitsDue(month.lengthOfMonth()).forEach(v -> dueByGrid.merge(v.gridCode(), v.visits(), Long::sum));
        Map<String, Long> done = new HashMap<>();
        Map<String, Long> due = new HashMap<>();
        for (AssessmentSource.VisitTally v : source.visits(first, last)) {
            String key = level == AssessmentLevel.WORKER ? v.workerCode() : township(v.gridCode(), directory);
            if (key != null) {
                done.merge(key, v.visits(), Long::sum);
            }
        }
        for (Subject s : subjects.values()) {
            if (level == AssessmentLevel.WORKER) {
                boolean ofGrid = directory.find(s.unitCode()).map(GridUnit::isGrid).orElse(false);
                if (ofGrid) {
                    due.put(s.code(), dueByGrid.getOrDefault(s.unitCode(), 0L));
                }
            }
        }
        if (level == AssessmentLevel.TOWNSHIP) {
            dueByGrid.forEach((grid, n) -> {
                String township = township(grid, directory);
                if (township != null) {
                    due.merge(township, n, Long::sum);
                }
            });
        }
        for (Subject s : subjects.values()) {
            Tally t = tallies.getOrDefault(s.code(), Tally.NONE);
            tallies.put(s.code(), t.withVisits(done.getOrDefault(s.code(), 0L), due.get(s.code())));
        }
    }

    /** The month's last day, or today for the month in progress (before the month's first day for a month ahead). */
    private LocalDate lastCounted(YearMonth month) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
    }

    /**
     * Patrols: each on-duty grid worker's half-days owed and done ({@link TwiceDaily#tally}); a township sums its
     * workers'. Self-reports: those the same workers made in the month, against the target per worker scaled by the
     * working days counted ÷ the month's working days.
     */
    private void addPatrolsAndSelfReports(YearMonth month, LocalDate counted, GridUnit scope, Map<String, Subject> subjects,
            Map<String, Tally> tallies, Function<String, String> keyOfGrid, Instant from, Instant to) {
        LocalDate first = month.atDay(1);
        if (counted.isBefore(first)) {
            return;
        }
        long daysCounted = workingDays(first, counted);
        long daysOfMonth = workingDays(first, month.atEndOfMonth());
        double targetPerWorker = daysOfMonth == 0 ? 0 : settings.selfReportTarget() * daysCounted / (double) daysOfMonth;
        Map<String, Long> reportsBy = new HashMap<>();
        source.selfReports(from, to).forEach(r -> reportsBy.merge(r.workerCode(), r.reports(), Long::sum));
        for (TwiceDaily.Tally t : duty.tally(scope.path(), first, counted)) {
            String key = keyOfGrid == null ? t.worker().code() : keyOfGrid.apply(t.worker().unitCode());
            if (key == null || !subjects.containsKey(key)) {
                continue;
            }
            Tally row = tallies.getOrDefault(key, Tally.NONE);
            row = row.withPatrols(row.patrolsDone() + t.done(), (row.patrolsDue() == null ? 0 : row.patrolsDue()) + t.due());
            if (targetPerWorker > 0) {
                row = row.withSelfReports(row.selfReports() + reportsBy.getOrDefault(t.worker().code(), 0L),
                        (row.selfReportTarget() == null ? 0 : row.selfReportTarget()) + targetPerWorker);
            }
            tallies.put(key, row);
        }
    }

    /**
     * Register re-checks: a worker of a grid owes the grid's records due in the month and is credited with those of them
     * they checked; a township owes its grids' due records and is credited with each of them checked by anyone.
     */
    private void addChecks(YearMonth month, LocalDate counted, List<Worker> staff, Map<String, Subject> subjects,
            Map<String, Tally> tallies, Function<String, String> keyOfGrid, GridDirectory directory, Instant storedBefore) {
        LocalDate first = month.atDay(1);
        if (counted.isBefore(first)) {
            return;
        }
        Map<String, Long> dueByGrid = new HashMap<>();
        source.checksDue(first, counted, storedBefore).forEach(c -> dueByGrid.merge(c.gridCode(), c.records(), Long::sum));
        Map<String, Long> done = new HashMap<>();
        Map<String, Long> due = new HashMap<>();
        if (keyOfGrid == null) {
            for (AssessmentSource.CheckTally c : source.checksDone(first, counted, storedBefore, true)) {
                Subject s = subjects.get(c.workerCode());
                if (s != null && c.gridCode().equals(s.unitCode())) {
                    done.merge(s.code(), c.records(), Long::sum);
                }
            }
            for (Worker w : staff) {
                if (subjects.containsKey(w.code()) && directory.find(w.unitCode()).map(GridUnit::isGrid).orElse(false)) {
                    due.put(w.code(), dueByGrid.getOrDefault(w.unitCode(), 0L));
                }
            }
        } else {
            for (AssessmentSource.CheckTally c : source.checksDone(first, counted, storedBefore, false)) {
                String key = keyOfGrid.apply(c.gridCode());
                if (key != null) {
                    done.merge(key, c.records(), Long::sum);
                }
            }
            dueByGrid.forEach((grid, n) -> {
                String key = keyOfGrid.apply(grid);
                if (key != null) {
                    due.merge(key, n, Long::sum);
                }
            });
        }
        for (Subject s : subjects.values()) {
            if (due.containsKey(s.code())) {
                Tally t = tallies.getOrDefault(s.code(), Tally.NONE);
                tallies.put(s.code(), t.withChecks(done.getOrDefault(s.code(), 0L), due.get(s.code())));
            }
        }
    }

    private long workingDays(LocalDate first, LocalDate last) {
        long n = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (duty.owedOn(d)) {
                n++;
            }
        }
        return n;
    }

    private static String township(String gridCode, GridDirectory directory) {
        return directory.ancestorAt(gridCode, UnitLevel.TOWNSHIP).filter(u -> u.level() == UnitLevel.TOWNSHIP)
                .map(GridUnit::code).orElse(null);
    }

    static Map<Measure, Double> values(Tally t) {
        Map<Measure, Double> v = new EnumMap<>(Measure.class);
        v.put(Measure.ON_TIME, ratio(t.resolvedOnTime(), t.resolved()));
        v.put(Measure.SIGN_TIMELY, ratio(t.signedOnTime(), t.signed()));
        v.put(Measure.SATISFACTION, t.rated() == 0 ? null : round((t.ratingSum() / (double) t.rated() - 1) / 4));
        v.put(Measure.REOPENED, t.resolved() == 0 ? null : round(1 - Math.min(1.0, t.reopened() / (double) t.resolved())));
        v.put(Measure.VISITS, t.visitsDue() == null || t.visitsDue() == 0 ? null
                : round(Math.min(1.0, t.visitsDone() / (double) t.visitsDue())));
        v.put(Measure.PATROLS, t.patrolsDue() == null ? null : ratio(Math.min(t.patrolsDone(), t.patrolsDue()), t.patrolsDue()));
        v.put(Measure.CHECKS, t.checksDue() == null || t.checksDue() == 0 ? null
                : round(Math.min(1.0, t.checksDone() / (double) t.checksDue())));
        v.put(Measure.SELF_REPORTS, t.selfReportTarget() == null || t.selfReportTarget() <= 0 ? null
                : round(Math.min(1.0, t.selfReports() / t.selfReportTarget())));
        return v;
    }

    static Double score(Map<Measure, Double> values, Map<Measure, Integer> weights) {
        double sum = 0;
        int weight = 0;
        for (Map.Entry<Measure, Double> e : values.entrySet()) {
            if (e.getValue() != null && weights.getOrDefault(e.getKey(), 0) > 0) {
                sum += weights.get(e.getKey()) * e.getValue();
                weight += weights.get(e.getKey());
            }
        }
        return weight == 0 ? null : Math.round(sum / weight * 10_000) / 100.0;
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : round(part / (double) whole);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private List<Worker> workersUnder(String path) {
        List<Worker> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<Worker> found = workers.list(path, new PageRequest(page, PAGE));
            all.addAll(found.items());
            if (found.items().size() < PAGE) {
                return all;
            }
        }
    }
}
