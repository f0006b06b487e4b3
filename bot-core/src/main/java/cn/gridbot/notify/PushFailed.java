package cn.gridbot.notify;

/**
 * Published by the {@link OutboxDispatcher} each time an attempt to deliver a push fails (to be retried or
 * given up), for the operators' failure counts. {@code reason} is the notifier's, e.g. {@code errcode 43004: …}
 * from WeChat; it never carries the push's text or recipient.
 */
public record PushFailed(NotificationKind kind, String reason, boolean givenUp) {
}
