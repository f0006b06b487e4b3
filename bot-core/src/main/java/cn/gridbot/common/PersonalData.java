package cn.gridbot.common;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one masking policy for phone and ID numbers in free text, applied before text leaves for a push,
 * a log or a reader without the right to see it. Residents type their numbers into complaints the way
 * people write them: {@code 13812345678}, {@code 138 1234 5678}, {@code 138-1234-5678}, full-width
 * {@code １３８１２３４５６７８}, with or without {@code +86}. Masks are written in ASCII:
 * {@code 138****5678}, {@code 510101********123X}.
 *
 * <p>Mask first, then cut: {@link #excerpt} masks the whole text before shortening it, so a number that
 * a cut would split is still masked.
 */
public final class PersonalData {

    private static final String DIGIT = "[0-9０-９]";
    private static final String NOT_AFTER_DIGIT = "(?<![0-9０-９])";
    private static final String NOT_BEFORE_DIGIT = "(?![0-9０-９])";
    /** What people put between the digits of a mobile number: spaces and dashes, ASCII or full-width. */
    private static final String GAP = "[ \\t\\u00A0\\u3000\\-\\u2010-\\u2015\\uFF0D]{0,3}";
    /** ID numbers are written in blocks at most, separated by single spaces. */
    private static final String ID_GAP = "[ \\u3000]?";

    private static final Pattern ID_NUMBER = Pattern.compile(NOT_AFTER_DIGIT + "[1-9１-９](?:" + ID_GAP + DIGIT + "){13,16}"
            + ID_GAP + "[0-9０-９XxＸｘ]" + NOT_BEFORE_DIGIT);
    private static final Pattern MOBILE = Pattern.compile(NOT_AFTER_DIGIT + "(?:[+＋]?(?:86|８６)" + GAP + ")?[1１]" + GAP
            + "[3-9３-９](?:" + GAP + DIGIT + "){9}" + NOT_BEFORE_DIGIT);
    private static final Pattern LANDLINE = Pattern.compile("(?<![0-9])(0[0-9]{2,3})[- ]?[0-9]{3,4}([0-9]{4})(?![0-9])");
    /**
     * The shortest number masked (a landline with its area code) has ten digits, written together or with
     * at most {@link #WIDEST_GAP} of the {@code GAP} characters between two of them.
     */
    private static final int FEWEST_DIGITS = 10;
    private static final int WIDEST_GAP = 3;
    private static final String ELLIPSIS = "…";

    private PersonalData() {
    }

    /** The text with every mobile, landline and ID number in it masked. */
    public static String mask(String text) {
        if (text == null || longestNumber(text) < FEWEST_DIGITS) {
            return text;
        }
        String masked = replace(ID_NUMBER, text, m -> maskIdNumber(m.group()));
        masked = replace(MOBILE, masked, m -> maskMobile(m.group()));
        return replace(LANDLINE, masked, m -> m.group(1) + "-****" + m.group(2));
    }

    /**
     * At most {@code max} characters of the masked text, ending with "…" when cut. The text is masked
     * whole before it is cut, so no part of a number escapes through the cut.
     */
    public static String excerpt(String text, int max) {
        return Texts.cut(mask(text), max);
    }

    /** A phone number of a register as non-ADMIN readers see it: {@code 138****5678}. */
    public static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = digits(phone);
        if (digits.length() < 7) {
            return "****";
        }
        return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }

    /** An ID number of a register as non-ADMIN readers see it: the region code and the check character. */
    public static String maskIdNumber(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        String chars = ascii(idNumber).replaceAll("[^0-9Xx]", "").toUpperCase();
        if (chars.length() < 8) {
            return "********";
        }
        return chars.substring(0, 6) + "********" + chars.substring(chars.length() - 1);
    }

    /** Whether a value is a mask rather than a number ({@code 138****5678}): such a value must never be stored. */
    public static boolean looksMasked(String value) {
        return value != null && (value.indexOf('*') >= 0 || value.indexOf('＊') >= 0);
    }

    private static String maskMobile(String written) {
        String digits = digits(written);
        if (digits.length() == 13) {
            digits = digits.substring(2);
        }
        return digits.substring(0, 3) + "****" + digits.substring(7);
    }

    private static String digits(String text) {
        return ascii(text).replaceAll("[^0-9]", "");
    }

    /** Full-width digits and letters as ASCII. */
    private static String ascii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '！' && c <= '～' ? (char) (c - '！' + '!') : c);
        }
        return out.toString();
    }

    /**
     * The most digits in one stretch of the text where digits follow each other with at most {@link #WIDEST_GAP}
     * gap characters between them — an upper bound of any number the patterns can match, so a text whose
     * longest stretch is shorter than {@link #FEWEST_DIGITS} needs no pattern run ("87岁 … 12号 … 11月20日" does not).
     */
    private static int longestNumber(String text) {
        int longest = 0;
        int digits = 0;
        int gap = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                digits++;
                gap = 0;
                longest = Math.max(longest, digits);
            } else if (digits > 0 && isGap(c) && ++gap <= WIDEST_GAP) {
                continue;
            } else {
                digits = 0;
                gap = 0;
            }
        }
        return longest;
    }

    /** The characters {@code GAP} allows between digits; also covers {@code ID_GAP}, the landline's and "+86 ". */
    private static boolean isGap(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '-' || c >= '\u2010' && c <= '\u2015'
                || c == '\uFF0D';
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
