package cn.gridbot.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The reminder run's reads for re-checks, set-based and indexed like the visit reminders: one row per record
 * and worker of its grid, by next due date, leaving day or last check.
 */
public interface RecheckSheet {

    /** Records whose next check falls in {@code from}..{@code to}. */
    List<RecheckDue> cycleDueBetween(LocalDate from, LocalDate to);

    /** Floating residents whose expected leaving day falls in {@code from}..{@code to}, not checked since. */
    List<RecheckDue> leavingBetween(LocalDate from, LocalDate to);

    /** Records never checked (due at once). */
    List<RecheckDue> neverChecked();

    /** Records changed since {@code since} with a due date (cycle or leaving day) before {@code before}. */
    List<RecheckDue> overdueChangedSince(LocalDate before, Instant since);
}
