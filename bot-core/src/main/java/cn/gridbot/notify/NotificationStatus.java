package cn.gridbot.notify;

/** Where a notification stands in delivery. */
public enum NotificationStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Delivered to WeChat. */
    SENT,
    /** Given up: the user unsubscribed, the content was refused, or attempts ran out. */
    FAILED,
    /** Nobody to send to: the worker has not bound WeChat yet. Kept for the record and the digest. */
    NO_RECIPIENT
}
