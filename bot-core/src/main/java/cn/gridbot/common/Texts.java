package cn.gridbot.common;

/** Cutting text to fit a field. */
public final class Texts {

    private static final String ELLIPSIS = "…";

    private Texts() {
    }

    /** The text as it is when it fits in {@code max} characters, else its start and "…" in {@code max}; null stays null. */
    public static String cut(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + ELLIPSIS;
    }

    /** Whether {@link #cut} would shorten the text. */
    public static boolean longerThan(String text, int max) {
        return text != null && text.codePointCount(0, text.length()) > max;
    }
}
