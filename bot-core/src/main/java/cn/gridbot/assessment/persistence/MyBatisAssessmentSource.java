package cn.gridbot.assessment.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Repository;

import cn.gridbot.assessment.AssessmentSource;
import cn.gridbot.assessment.Tally;
import cn.gridbot.register.RegisterKind;

@Repository
class MyBatisAssessmentSource implements AssessmentSource {

    /** Each register's check interval for records that have none of their own (RegisterKind). */
    private static final Map<String, Integer> DEFAULT_INTERVALS = new TreeMap<>();

    static {
        for (RegisterKind kind : RegisterKind.values()) {
            DEFAULT_INTERVALS.put(kind.name(), kind.defaultIntervalDays());
        }
    }

    private final AssessmentMapper mapper;

    MyBatisAssessmentSource(AssessmentMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<EventTally> events(String unitPath, Instant from, Instant to) {
        return mapper.events(unitPath, from, to).stream().map(r -> new EventTally((String) r.get("assignee"),
                (String) r.get("unit"), new Tally(n(r, "resolved"), n(r, "ontime"), n(r, "signed"), n(r, "signedontime"),
                        n(r, "rated"), n(r, "ratingsum"), n(r, "reopened"), 0, null))).toList();
    }

    @Override
    public List<VisitTally> visits(LocalDate from, LocalDate to) {
        return mapper.visits(from, to).stream()
                .map(r -> new VisitTally((String) r.get("worker"), (String) r.get("grid"), n(r, "visits"))).toList();
    }

    @Override
    public List<VisitTally> visitsDue(int days) {
        return mapper.visitsDue(days).stream().map(r -> new VisitTally(null, (String) r.get("grid"), n(r, "visits"))).toList();
    }

    @Override
    public List<CheckTally> checksDue(LocalDate first, LocalDate last, Instant storedBefore) {
        return mapper.checksDue(first, last, storedBefore, DEFAULT_INTERVALS).stream()
                .map(r -> new CheckTally((String) r.get("grid"), null, n(r, "records"))).toList();
    }

    @Override
    public List<CheckTally> checksDone(LocalDate first, LocalDate last, Instant storedBefore, boolean byWorker) {
        return mapper.checksDone(first, last, storedBefore, DEFAULT_INTERVALS, byWorker).stream()
                .map(r -> new CheckTally((String) r.get("grid"), (String) r.get("worker"), n(r, "records"))).toList();
    }

    @Override
    public List<SelfReportTally> selfReports(Instant from, Instant to) {
        return mapper.selfReports(from, to).stream()
                .map(r -> new SelfReportTally((String) r.get("worker"), n(r, "reports"))).toList();
    }

    private static long n(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
