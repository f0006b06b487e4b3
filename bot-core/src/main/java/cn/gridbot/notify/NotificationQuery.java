package cn.gridbot.notify;

import java.time.Instant;

/** Filters for the notification list (README "Admin API"); null means any. */
public record NotificationQuery(NotificationKind kind, String recipientOpenid, NotificationStatus status,
        String workerCode, String eventNumber, String unitPath, Instant from, Instant to) {
}
