package cn.gridbot.app.simulator;

import java.util.Locale;

/**
 * Writes inbound messages the way WeChat's server does: every string in CDATA, numbers bare, and for
 * a location Location_X the latitude and Location_Y the longitude. A text holding "]]>" is split
 * across two CDATA sections, as WeChat does, so a user cannot break out of the element.
 */
final class WeChatXml {

    private WeChatXml() {
    }

    static String text(String account, String openid, long createTime, long msgId, String content) {
        return message(account, openid, createTime, "text", cdata("Content", content), msgId);
    }

    static String voice(String account, String openid, long createTime, long msgId, String recognition) {
        return message(account, openid, createTime, "voice", cdata("MediaId", "sim-voice-" + msgId)
                + cdata("Format", "amr") + cdata("Recognition", recognition), msgId);
    }

    static String image(String account, String openid, long createTime, long msgId, String picUrl, String mediaId) {
        return message(account, openid, createTime, "image", cdata("PicUrl", picUrl) + cdata("MediaId", mediaId), msgId);
    }

    static String location(String account, String openid, long createTime, long msgId, double longitude,
            double latitude, String label) {
        return message(account, openid, createTime, "location", "<Location_X>" + coordinate(latitude) + "</Location_X>"
                + "<Location_Y>" + coordinate(longitude) + "</Location_Y><Scale>15</Scale>" + cdata("Label", label), msgId);
    }

    /** An event push (subscribe, CLICK…): WeChat sends these without a MsgId. */
    static String event(String account, String openid, long createTime, String event, String eventKey) {
        return head(account, openid, createTime, "event") + cdata("Event", event)
                + (eventKey == null || eventKey.isEmpty() ? "" : cdata("EventKey", eventKey)) + "</xml>";
    }

    /** The safe-mode envelope around a ciphertext. */
    static String encrypted(String account, String ciphertext) {
        return "<xml>" + cdata("ToUserName", account) + cdata("Encrypt", ciphertext) + "</xml>";
    }

    static String cdata(String element, String value) {
        String safe = value == null ? "" : value.replace("]]>", "]]]]><![CDATA[>");
        return "<" + element + "><![CDATA[" + safe + "]]></" + element + ">";
    }

    private static String message(String account, String openid, long createTime, String type, String fields, long msgId) {
        return head(account, openid, createTime, type) + fields + "<MsgId>" + msgId + "</MsgId></xml>";
    }

    private static String head(String account, String openid, long createTime, String type) {
        return "<xml>" + cdata("ToUserName", account) + cdata("FromUserName", openid) + "<CreateTime>" + createTime
                + "</CreateTime>" + cdata("MsgType", type);
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
