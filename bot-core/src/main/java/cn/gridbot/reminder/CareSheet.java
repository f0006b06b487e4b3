package cn.gridbot.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The reminder run's reads, set-based and indexed so that a day's run costs what is due that day, not
 * the size of the register: birthdays by stored month-day, visits by next due date.
 */
public interface CareSheet {

    /** Birthday-tagged residents born on these month-days ({@code month * 100 + day}), one row per grid worker. */
    List<CareDue> birthdays(List<Integer> monthDays);

    /** Residents with a visit schedule whose next due date lies in {@code from}..{@code to}, one row per grid worker. */
    List<CareDue> visitsDueBetween(LocalDate from, LocalDate to);

    /** Residents with a visit schedule never visited (due at once), one row per grid worker. */
    List<CareDue> neverVisited();

    /** Residents with a visit schedule due before {@code before} whose record changed since {@code since}. */
    List<CareDue> overdueChangedSince(LocalDate before, Instant since);

    /** The latest run before {@code day}: its date and when it started. */
    Optional<Run> previousRun(LocalDate day);

    void recordRun(LocalDate day, Instant startedAt, Instant finishedAt);

    /** A past run. */
    record Run(LocalDate day, Instant startedAt) {
    }
}
