package cn.gridbot.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the assessment reads from the events, the care visits, the register re-checks and the self-reports. */
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

    /** Register records of a grid due for a re-check in a period, or of them those checked in it (by one worker). */
    record CheckTally(String gridCode, String workerCode, long records) {
    }

    /**
     * Per grid, the register records due for a re-check from {@code first} to {@code last} (both included): records
     * stored before {@code storedBefore} whose due date as it stood on {@code first} — the last check before
     * {@code first} plus the interval, a floating resident's leaving day not yet checked, at once when never checked —
     * falls on or before {@code last}. Records that were overdue when the period began are among them.
     */
    List<CheckTally> checksDue(LocalDate first, LocalDate last, Instant storedBefore);

    /**
     * Of those due records, the ones with a check logged from {@code first} to {@code last}: per grid and checking
     * worker when {@code byWorker} (a record checked by two workers counts for both), else per grid ({@code workerCode}
     * null, each record once).
     */
    List<CheckTally> checksDone(LocalDate first, LocalDate last, Instant storedBefore, boolean byWorker);

    /** Self-reports (报事) made by a worker in the period. */
    record SelfReportTally(String workerCode, long reports) {
    }

    /** Per worker, the events with source WORKER they reported in [from, to), cancelled ones left out. */
    List<SelfReportTally> selfReports(Instant from, Instant to);
}
