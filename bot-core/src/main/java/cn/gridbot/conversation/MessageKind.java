package cn.gridbot.conversation;

import java.util.Locale;

/** The WeChat message types GridBot tells apart. */
public enum MessageKind {
    TEXT, VOICE, IMAGE, LOCATION, EVENT, VIDEO, SHORTVIDEO, LINK, FILE, UNKNOWN;

    public static MessageKind of(String msgType) {
        if (msgType == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(msgType.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}
