package cn.gridbot.notify.persistence;

import java.time.Instant;

/** A notification row for the supervisors' list. */
record NotificationViewRow(long id, String kind, String recipientOpenid, String workerCode, Long residentId,
        String residentName, String eventNumber, String status, String channel, int attempts, String lastError,
        Instant nextAttemptAt, Instant createdAt, Instant sentAt, String payload) {
}
