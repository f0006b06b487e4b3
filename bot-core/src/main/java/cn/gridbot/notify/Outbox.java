package cn.gridbot.notify;

import java.util.List;

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
}
