package cn.gridbot.common.persistence;

/**
 * LIKE patterns that match their text literally. Unit codes may contain {@code _}, which LIKE reads as
 * "any character": a scope of {@code /AY/A_1/} must not also cover {@code /AY/AB1/}. Mappers bind the
 * pattern and add {@code ESCAPE '!'}:
 * {@code <bind name="p" value="@cn.gridbot.common.persistence.LikePatterns@startingWith(path)"/> … LIKE #{p} ESCAPE '!'}.
 */
public final class LikePatterns {

    public static final char ESCAPE = '!';

    private LikePatterns() {
    }

    /** A pattern for the strings that start with {@code prefix}, with LIKE's wildcards and the escape escaped. */
    public static String startingWith(String prefix) {
        StringBuilder pattern = new StringBuilder(prefix.length() + 4);
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (c == ESCAPE || c == '_' || c == '%') {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
