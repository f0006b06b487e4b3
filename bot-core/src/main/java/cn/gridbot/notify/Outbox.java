package cn.gridbot.notify;

import java.util.List;

/** The notification outbox. Call inside the transaction of the change that causes the push. */
public interface Outbox {

    /** Adds the notification unless one with the same key exists; answers whether it was added. */
    boolean enqueue(Notification notification);

    /**
     * Adds many at once (multi-row INSERT IGNORE in key order, retried on a deadlock with a concurrent
     * run); answers how many were new.
     */
    int enqueueAll(List<Notification> notifications);
}
