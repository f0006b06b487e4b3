package cn.gridbot.notify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The notification outbox. Call inside the transaction of the change that causes the push. */
public interface Outbox {

    /** Adds the notification unless one with the same key exists; answers whether it was added. */
    boolean enqueue(Notification notification);

    /**
     * Adds the notification, unless one with the same key exists, with the transaction's commit: all of a
     * transaction's are written in one multi-row statement just before it commits (README "Throughput"). For
     * pushes that nothing in the transaction reads back.
     */
    void enqueueWithCommit(Notification notification);

    /**
     * Adds many at once (multi-row INSERT IGNORE in key order, retried on a deadlock with a concurrent
     * run); answers how many were new.
     */
    int enqueueAll(List<Notification> notifications);

    /**
     * Adds many as they are made ({@link OutboxStream}). This default holds them and adds them with
     * {@link #enqueueAll} per kind at the end; the database outbox writes them in chunks as they come.
     */
    default OutboxStream stream() {
        Outbox outbox = this;
        return new OutboxStream() {

            private final Map<NotificationKind, List<Notification>> held = new LinkedHashMap<>();

            @Override
            public void add(Notification notification) {
                held.computeIfAbsent(notification.kind(), k -> new ArrayList<>()).add(notification);
            }

            @Override
            public Map<NotificationKind, Integer> finish() {
                Map<NotificationKind, Integer> created = new EnumMap<>(NotificationKind.class);
                held.forEach((kind, ofKind) -> created.put(kind, outbox.enqueueAll(ofKind)));
                held.clear();
                return created;
            }

            @Override
            public void close() {
                held.clear();
            }
        };
    }
}
