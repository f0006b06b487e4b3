package cn.gridbot.gridevent;

import java.time.Instant;

/** When the event was signed for, resolved and closed in its current round of work (null: not yet). */
public record Milestones(Instant acceptedAt, Instant resolvedAt, Instant closedAt) {

    static final Milestones NONE = new Milestones(null, null, null);

    Milestones accepted(Instant at) {
        return new Milestones(at, resolvedAt, closedAt);
    }

    Milestones resolved(Instant at) {
        return new Milestones(acceptedAt, at, closedAt);
    }

    Milestones closed(Instant at) {
        return new Milestones(acceptedAt, resolvedAt, at);
    }

    Milestones reopened() {
        return new Milestones(acceptedAt, resolvedAt, null);
    }

    Milestones assigned() {
        return new Milestones(null, resolvedAt, closedAt);
    }
}
