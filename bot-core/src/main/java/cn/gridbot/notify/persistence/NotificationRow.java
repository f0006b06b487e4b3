package cn.gridbot.notify.persistence;

import java.time.Instant;

/** A row of {@code notification}. */
record NotificationRow(Long id, String notifyKey, String kind, String recipientOpenid, String workerCode,
        Long residentId, String residentName, String eventNumber, String unitPath, String payload, String status,
        int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {
}
