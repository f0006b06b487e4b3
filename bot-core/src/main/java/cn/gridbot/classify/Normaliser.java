package cn.gridbot.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.dictionary.other.CharTable;

/**
 * Brings a message to one canonical spelling before segmentation: full-width to half-width, traditional to
 * simplified, lower case, the English words of {@code classify/english.tsv} in Chinese, every digit folded to 0 (house
 * numbers carry no category), the cue phrases typed in pinyin put in characters ({@link PinyinCues}), and the
 * common typos of {@code classify/typos.tsv} corrected, so that "天燃气" and "天然气", "fire", "zhao huo" and "着火"
 * give the same features.
 */
final class Normaliser {

    static final String TYPOS = "classify/typos.tsv";
    static final String ENGLISH = "classify/english.tsv";
    /** Long messages are cut: the category shows in the first sentences, and the cost stays bounded. */
    static final int MAX_CHARS = 300;
    private static final Pattern LATIN_WORD = Pattern.compile("[a-z]{2,}");

    private final List<String[]> typos = new ArrayList<>();
    private final List<Pattern> englishWords = new ArrayList<>();
    private final List<String> chinese = new ArrayList<>();
    private final PinyinCues pinyin = new PinyinCues(EmergencyFeatures.CUES, Cues.CUES);

    Normaliser() {
        for (String[] pair : pairs(TYPOS)) {
            typos.add(new String[] {CharTable.convert(pair[0]), pair[1]});
        }
        List<String[]> english = pairs(ENGLISH);
        english.sort(Comparator.comparingInt((String[] p) -> p[0].length()).reversed());
        for (String[] pair : english) {
            englishWords.add(Pattern.compile("(?<![a-z])" + Pattern.quote(pair[0]) + "(?![a-z])"));
            chinese.add(pair[1]);
        }
    }

    /** Whether {@link #normalise} cuts this text: what comes after the cut is not read. */
    static boolean cuts(String text) {
        return text.length() > MAX_CHARS;
    }

    String normalise(String text) {
        String cut = cuts(text) ? text.substring(0, MAX_CHARS) : text;
        String converted = CharTable.convert(cut).toLowerCase(Locale.ROOT);
        if (LATIN_WORD.matcher(converted).find()) {
            converted = pinyin.characters(english(converted));
        }
        StringBuilder out = new StringBuilder(converted.length());
        for (int i = 0; i < converted.length(); i++) {
            char c = converted.charAt(i);
            out.append(Character.isDigit(c) ? '0' : c);
        }
        String normal = out.toString();
        for (String[] typo : typos) {
            if (normal.contains(typo[0])) {
                normal = normal.replace(typo[0], typo[1]);
            }
        }
        return normal;
    }

    private String english(String text) {
        String result = text;
        for (int i = 0; i < englishWords.size(); i++) {
            Matcher m = englishWords.get(i).matcher(result);
            if (m.find()) {
                result = m.replaceAll(Matcher.quoteReplacement(" " + chinese.get(i) + " "));
            }
        }
        return result;
    }

    private static List<String[]> pairs(String resource) {
        List<String[]> pairs = new ArrayList<>();
        for (String line : Resources.lines(resource)) {
            String[] pair = line.split("\t");
            if (pair.length != 2) {
                throw new IllegalStateException(resource + ": expected WORD<TAB>REPLACEMENT, got " + line);
            }
            pairs.add(pair);
        }
        return pairs;
    }
}
