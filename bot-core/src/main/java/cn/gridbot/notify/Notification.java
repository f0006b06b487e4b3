package cn.gridbot.notify;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A push to one WeChat user. {@code key} is unique per push (SPEC §11: none is sent twice);
 * {@code fields} are the template's data in order, and {@code text} the same as one message for the
 * customer-service channel. Never holds a phone or ID number.
 */
public record Notification(String key, NotificationKind kind, String recipientOpenid, String workerCode,
        Long residentId, String residentName, String eventNumber, String unitPath, Map<String, String> fields,
        String text, Instant createdAt) {

    public Notification {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
