package cn.gridbot.notify;

import java.time.Instant;

/** A notification as supervisors read it: who, what, and how delivery went. */
public record NotificationView(long id, String kind, String recipientOpenid, String workerCode, Long residentId,
        String residentName, String eventNumber, String status, String channel, int attempts, String lastError,
        Instant nextAttemptAt, Instant createdAt, Instant sentAt, String text) {
}
