package cn.gridbot.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The reminder run's reads for re-checks, set-based and indexed like the visit reminders: one row per record
 * and worker of its grid, by next due date, leaving day or last check, handed over one by one as they are read.
 */
public interface RecheckSheet {

    /** Records whose next check falls in {@code from}..{@code to}. */
    void cycleDueBetween(LocalDate from, LocalDate to, Consumer<RecheckDue> each);

    /** Floating residents whose expected leaving day falls in {@code from}..{@code to}, not checked since. */
    void leavingBetween(LocalDate from, LocalDate to, Consumer<RecheckDue> each);

    /** Records never checked (due at once). */
    void neverChecked(Consumer<RecheckDue> each);

    /** Records changed since {@code since} with a due date (cycle or leaving day) before {@code before}. */
    void overdueChangedSince(LocalDate before, Instant since, Consumer<RecheckDue> each);
}
