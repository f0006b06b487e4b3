package cn.gridbot.conversation;

import java.time.Instant;
import java.util.List;

/**
 * Messages taken while the database was away or too slow, kept on this instance's disk until they are
 * handled (README "Failure behaviour"). An entry is durable once {@link #append} returns. Entries are
 * replayed in arrival order; one that fails {@code maxAttempts} times for a reason other than the
 * database being away is parked, never dropped.
 */
public interface MessageSpool {

    /** An entry: the message, when it arrived, and how its replays went. */
    record Entry(long seq, InboundMessage message, Instant receivedAt, int attempts, String lastError) {
    }

    /**
     * Appends the message and forces it to disk; answers its place in the spool. A retry of a message still
     * waiting (the same {@link InboundMessage#dedupKey()}) is not appended again; its place is answered.
     */
    long append(InboundMessage message, Instant receivedAt);

    /** The oldest pending entries, in arrival order. */
    List<Entry> pending(int limit);

    /** Whether this sender has messages waiting: later ones wait behind them, so their order holds. */
    boolean hasPending(String openid);

    /** The entry was handled: it leaves the spool. */
    void done(long seq);

    /** A replay failed; answers whether the entry is now parked (after {@code maxAttempts} failures). */
    boolean failed(long seq, String error, int maxAttempts);

    List<Entry> parked(int limit);

    /**
     * An operator's retry, once the cause of the failures is fixed: the parked entry goes back among the pending
     * ones at its place in arrival order, with its tries counted afresh and its last error kept; answers whether it
     * was parked. A message its sender sends after the retry, or that still waits, is replayed after it; one handled
     * while it was parked has already gone ahead. Replaying a message that was in fact handled is harmless: the
     * replay is exactly-once.
     */
    boolean retry(long seq);

    /** {@link #retry} for every parked entry; answers how many went back. */
    int retryParked();

    int pendingCount();

    int parkedCount();
}
