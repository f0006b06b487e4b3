package cn.gridbot.conversation.persistence;

import java.time.Instant;

/** One row of {@code inbound_message}. */
record MessageLogRow(String key, String openid, String type, String content, String reply, String eventNumber,
        Instant at) {
}
