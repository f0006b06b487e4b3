package cn.gridbot.notify;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.gridbot.common.PersonalData;

/**
 * A push to one WeChat user. {@code key} is unique per push (README "Failure behaviour": none is sent twice);
 * {@code fields} are the template's data in order, and {@code text} the same as one message for the
 * customer-service channel. Never holds a phone or ID number: the text and every field are masked here,
 * whatever wrote them, so no push (to a resident, a worker or a centre) carries one.
 */
public record Notification(String key, NotificationKind kind, String recipientOpenid, String workerCode,
        Long residentId, String residentName, String eventNumber, String unitPath, Map<String, String> fields,
        String text, Instant createdAt) {

    public Notification {
        Map<String, String> masked = new LinkedHashMap<>();
        fields.forEach((name, value) -> masked.put(name, PersonalData.mask(value)));
        fields = Collections.unmodifiableMap(masked);
        text = PersonalData.mask(text);
    }
}
