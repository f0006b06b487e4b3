package cn.gridbot.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The reminder run's reads, set-based and indexed so that a day's run costs what is due that day, not
 * the size of the register: birthdays by stored month-day, visits by next due date. Rows are handed over one by
 * one as they are read, so that a run over a million residents does not hold them all.
 */
public interface CareSheet {

    /** Birthday-tagged residents born on these month-days ({@code month * 100 + day}), one row per grid worker. */
    void birthdays(List<Integer> monthDays, Consumer<CareDue> each);

    /** Residents with a visit schedule whose next due date lies in {@code from}..{@code to}, one row per grid worker. */
    void visitsDueBetween(LocalDate from, LocalDate to, Consumer<CareDue> each);

    /** Residents with a visit schedule never visited (due at once), one row per grid worker. */
    void neverVisited(Consumer<CareDue> each);

    /** Residents with a visit schedule due before {@code before} whose record changed since {@code since}. */
    void overdueChangedSince(LocalDate before, Instant since, Consumer<CareDue> each);

    /** The latest run before {@code day}: its date and when it started. */
    Optional<Run> previousRun(LocalDate day);

    void recordRun(LocalDate day, Instant startedAt, Instant finishedAt);

    /** A past run. */
    record Run(LocalDate day, Instant startedAt) {
    }
}
