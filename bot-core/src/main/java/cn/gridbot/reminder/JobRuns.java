package cn.gridbot.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Which dates a daily job (other than the care reminders, which keep their own runs) has run for. */
public interface JobRuns {

    /** The latest date the job finished for. */
    Optional<LocalDate> lastDone(String job);

    void record(String job, LocalDate day, Instant startedAt, Instant finishedAt);
}
