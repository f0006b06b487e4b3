package cn.gridbot.conversation;

import java.nio.charset.StandardCharsets;

/**
 * A passive text reply. WeChat accepts at most 2048 bytes; longer text is cut at a character boundary
 * and ends with an ellipsis. An empty reply means "no answer" (WeChat then shows nothing).
 */
public record Reply(String text) {

    public static final int MAX_BYTES = 2048;
    private static final String ELLIPSIS = "…";

    public Reply {
        text = fit(text == null ? "" : text);
    }

    public static Reply of(String text) {
        return new Reply(text);
    }

    public static Reply none() {
        return new Reply("");
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    private static String fit(String text) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return text;
        }
        int budget = MAX_BYTES - ELLIPSIS.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > budget) {
                break;
            }
            out.appendCodePoint(cp);
            used += size;
            i += Character.charCount(cp);
        }
        return out.append(ELLIPSIS).toString();
    }
}
