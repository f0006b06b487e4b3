package cn.gridbot.gridevent;

/**
 * What supervisors see flagged on an event: resolved late or still open past its deadline, reopened for
 * review, its assignee reminded of a late sign-for, an urgent event that reached nobody, and why it waits
 * in a dispatcher's queue (null when it does not).
 */
public record Marks(boolean overdue, boolean flagged, boolean signReminded, boolean unreached, QueueReason queueReason) {

    static final Marks NONE = new Marks(false, false, false, false, null);

    Marks late() {
        return new Marks(true, flagged, signReminded, unreached, queueReason);
    }

    /** Within its (new) resolve deadline again, after an approved extension. */
    Marks inTime() {
        return new Marks(false, flagged, signReminded, unreached, queueReason);
    }

    Marks forReview() {
        return new Marks(overdue, true, signReminded, unreached, queueReason);
    }

    Marks reminded() {
        return new Marks(overdue, flagged, true, unreached, queueReason);
    }

    Marks reachedNobody() {
        return new Marks(overdue, flagged, signReminded, true, queueReason);
    }

    Marks queued(QueueReason reason) {
        return new Marks(overdue, flagged, signReminded, unreached, reason);
    }

    /** Someone holds the event now: it no longer waits, and it reached someone. */
    Marks assigned() {
        return new Marks(overdue, flagged, false, false, null);
    }
}
