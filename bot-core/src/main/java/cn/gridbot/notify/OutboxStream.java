package cn.gridbot.notify;

import java.util.Map;

/**
 * Many notifications added as they are made, for a run that makes too many to hold (the reminder run: a hundred
 * thousand and more). Each is inserted as {@link Outbox#enqueueAll} does (multi-row INSERT IGNORE in key order,
 * retried on a deadlock with a concurrent run), in chunks of one kind, possibly while the next ones are made.
 * Keys must not repeat within a stream (the caller drops repeats); keys already stored add nothing.
 */
public interface OutboxStream extends AutoCloseable {

    /** Adds one; may wait while earlier chunks are written. Throws if writing an earlier chunk failed. */
    void add(Notification notification);

    /** Writes what is left and waits for every chunk; answers how many of each kind were new. */
    Map<NotificationKind, Integer> finish();

    /** Ends the stream; whatever {@link #finish} did not wait for may or may not be written. */
    @Override
    void close();
}
