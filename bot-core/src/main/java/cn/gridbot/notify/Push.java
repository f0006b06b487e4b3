package cn.gridbot.notify;

import java.time.Instant;
import java.util.Map;

/**
 * A notification claimed for delivery: what the notifier needs to send it. {@code lastHeardAt} is when
 * the recipient last wrote to the account (null if never), which decides whether the 48-hour
 * customer-service window is open.
 */
public record Push(long id, NotificationKind kind, String recipientOpenid, String eventNumber,
        Map<String, String> fields, String text, int attempts, Instant createdAt, Instant lastHeardAt) {

    /** WeChat's client_msg_id: the same for every attempt, so WeChat drops a repeat it already delivered. */
    public String clientMsgId() {
        return "gridbot-" + id;
    }
}
