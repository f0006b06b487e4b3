package cn.gridbot.conversation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

import cn.gridbot.grid.GeoPoint;

/**
 * A message from a WeChat user, independent of WxJava. {@code createTime} is WeChat's CreateTime in
 * epoch seconds; {@code event} and {@code eventKey} are set for event pushes (subscribe, CLICK…).
 */
public record InboundMessage(String openid, MessageKind kind, long createTime, String msgId, String content,
        String recognition, String picUrl, String mediaId, GeoPoint location, String label, String event,
        String eventKey) {

    /** Longest dedup key kept as it is; longer ones (a menu VIEW event's URL) are replaced by their hash. */
    static final int MAX_KEY = 128;

    /**
     * Events a person causes by acting in the chat (following, a menu button, scanning a code, picking a
     * photo or a place). WeChat's own reports — {@code TEMPLATESENDJOBFINISH}, {@code MASSSENDJOBFINISH},
     * the periodic {@code LOCATION} report and the like — are not among them.
     */
    private static final Set<String> PERSON_EVENTS = Set.of("subscribe", "unsubscribe", "scan", "click", "view",
            "view_miniprogram", "scancode_push", "scancode_waitmsg", "pic_sysphoto", "pic_photo_or_album", "pic_weixin",
            "location_select");

    /** Whether a person sent this (a message, or an event of their own doing) rather than WeChat reporting something. */
    public boolean sentByPerson() {
        return kind != MessageKind.EVENT || event != null && PERSON_EVENTS.contains(event.toLowerCase(Locale.ROOT));
    }

    /**
     * What identifies one message across WeChat's retries: MsgId + FromUserName + CreateTime, or for
     * event pushes FromUserName + CreateTime + Event + EventKey; at most {@link #MAX_KEY} characters.
     */
    public String dedupKey() {
        String key = msgId != null && !msgId.isBlank() ? "m:" + msgId + ":" + openid + ":" + createTime
                : "e:" + openid + ":" + createTime + ":" + nullToEmpty(event) + ":" + nullToEmpty(eventKey);
        return key.length() <= MAX_KEY ? key : "h:" + sha256(key);
    }

    /** A short, non-personal reference for logs: the message id, or the event type and time. */
    public String logRef() {
        return msgId != null && !msgId.isBlank() ? "msg " + msgId : "event " + nullToEmpty(event) + "@" + createTime;
    }

    /** The words of the message: the text, or the speech recognition of a voice message. */
    public String words() {
        return kind == MessageKind.VOICE ? nullToEmpty(recognition).strip() : nullToEmpty(content).strip();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
