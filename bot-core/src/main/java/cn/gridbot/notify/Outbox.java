package cn.gridbot.notify;

/** The notification outbox. Call inside the transaction of the change that causes the push. */
public interface Outbox {

    /** Adds the notification unless one with the same key exists; answers whether it was added. */
    boolean enqueue(Notification notification);
}
