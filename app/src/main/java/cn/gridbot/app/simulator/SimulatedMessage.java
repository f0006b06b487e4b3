package cn.gridbot.app.simulator;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the page asks to send as a user: text, voice (with WeChat's recognition text), a photo already
 * uploaded to the {@link MediaStore}, a location, or an event such as subscribe.
 */
record SimulatedMessage(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be 1-64 letters, digits, - or _") String openid,
        @NotNull @Pattern(regexp = "text|voice|image|location|event") String type,
        @Size(max = 2000) String text,
        Double longitude,
        Double latitude,
        @Size(max = 100) String label,
        @Pattern(regexp = MediaStore.NAME) String media,
        @Pattern(regexp = "[A-Za-z_]{1,32}") String event,
        @Size(max = 64) String eventKey) {

    /** WeChat's XML for this message; {@code picUrl} is where the portal may fetch the photo. */
    String toXml(String account, long createTime, long msgId, String picUrl) {
        return switch (type) {
            case "text" -> WeChatXml.text(account, openid, createTime, msgId, required(text, "text"));
            case "voice" -> WeChatXml.voice(account, openid, createTime, msgId, required(text, "text"));
            case "image" -> WeChatXml.image(account, openid, createTime, msgId, picUrl, "sim-image-" + required(media, "media"));
            case "location" -> location(account, createTime, msgId);
            default -> WeChatXml.event(account, openid, createTime, required(event, "event"), eventKey);
        };
    }

    boolean isEvent() {
        return "event".equals(type);
    }

    private String location(String account, long createTime, long msgId) {
        if (longitude == null || latitude == null || Math.abs(longitude) > 180 || Math.abs(latitude) > 90) {
            throw bad("a location needs longitude (±180) and latitude (±90)");
        }
        return WeChatXml.location(account, openid, createTime, msgId, longitude, latitude, label == null ? "" : label);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw bad(field + " is required for this message type");
        }
        return value;
    }

    private static ResponseStatusException bad(String reason) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
    }
}
