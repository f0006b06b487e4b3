package cn.gridbot.notify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The dispatcher's view of the outbox: find due pushes, claim each just before it is sent, then record how its
 * delivery went. A claim is a token: every outcome names it, and an outcome whose claim lapsed (another
 * dispatcher has the push now) changes nothing.
 */
public interface OutboxQueue {

    /**
     * Pushes that are due, or whose previous claim lapsed, in the order they are to go: by the time they became due,
     * then by id (creation order). A push waiting for its next attempt is not due, so a later push to the same
     * recipient that is due goes before it (README "Push delivery").
     */
    List<Due> due(Instant now, int limit);

    /**
     * Claims one push for {@code token} until {@code leaseUntil}. Empty when another dispatcher won it, or
     * when the row cannot be read — that one is marked FAILED with the reason, so it never holds up the rest.
     */
    Optional<Push> claim(long id, String token, Instant now, Instant leaseUntil);

    /** Each outcome answers whether the claim still held (false: someone else has the push now). */
    boolean sent(long id, String token, String channel, Instant at);

    /** Back to the queue for another attempt at {@code nextAttemptAt}. */
    boolean retry(long id, String token, int attempts, Instant nextAttemptAt, String error);

    boolean failed(long id, String token, int attempts, String error);

    /** A due push and whom it goes to, so that one recipient's pushes are sent one after another. Never logged. */
    record Due(long id, String recipient) {

        @Override
        public String toString() {
            return "Due[" + id + "]";
        }
    }
}
