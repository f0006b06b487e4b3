package cn.gridbot.notify.persistence;

import java.time.Instant;

/** A claimed notification with when its recipient last wrote to the account. */
record ClaimedRow(long id, String kind, String recipientOpenid, String eventNumber, String payload, int attempts,
        Instant createdAt, Instant lastHeardAt) {
}
