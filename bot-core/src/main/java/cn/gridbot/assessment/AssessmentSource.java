package cn.gridbot.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the assessment reads from the events and the care visits. */
public interface AssessmentSource {

    /** One holder's events in one unit: what they resolved and signed for in the period. */
    record EventTally(String assigneeCode, String unitCode, Tally tally) {
    }

    /** Visits logged in the period by a worker to residents of a grid. */
    record VisitTally(String workerCode, String gridCode, long visits) {
    }

    /** The events under {@code unitPath} (all when null) resolved or signed for in [from, to), by holder and unit. */
    List<EventTally> events(String unitPath, Instant from, Instant to);

    /** Visits logged from {@code from} to {@code to}, both included. */
    List<VisitTally> visits(LocalDate from, LocalDate to);

    /** Per grid, the visits due in a period of {@code days}: each resident with an interval, days ÷ interval rounded up. */
    List<VisitTally> visitsDue(int days);
}
