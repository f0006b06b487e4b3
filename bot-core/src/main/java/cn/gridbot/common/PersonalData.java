package cn.gridbot.common;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks phone and ID numbers in free text before it leaves for a push, a log or a reader without the
 * right to see them (SPEC §11). Residents do type their numbers into complaints.
 */
public final class PersonalData {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])([1-9][0-9]{5})[0-9]{8,11}([0-9Xx])(?![0-9])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9])");
    private static final Pattern LANDLINE = Pattern.compile("(?<![0-9])(0[0-9]{2,3})[- ]?[0-9]{3,4}([0-9]{4})(?![0-9])");

    private PersonalData() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = replace(ID_NUMBER, text, m -> m.group(1) + "********" + m.group(2));
        masked = replace(MOBILE, masked, m -> m.group(1) + "****" + m.group(2));
        return replace(LANDLINE, masked, m -> m.group(1) + "-****" + m.group(2));
    }

    /** A phone number as non-ADMIN readers see it: {@code 138****5678}. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
