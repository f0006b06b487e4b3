package cn.gridbot.notify;

import java.time.Instant;
import java.util.List;

/** The dispatcher's view of the outbox: claim due pushes, then record how each delivery went. */
public interface OutboxQueue {

    /**
     * Claims up to {@code limit} pushes that are due (or whose previous claim lapsed) for this owner
     * until {@code leaseUntil}; a push is claimed by one dispatcher only, however many run.
     */
    List<Push> claim(String owner, Instant now, Instant leaseUntil, int limit);

    void sent(long id, String channel, Instant at);

    /** Back to the queue for another attempt at {@code nextAttemptAt}. */
    void retry(long id, int attempts, Instant nextAttemptAt, String error);

    void failed(long id, int attempts, String error);
}
