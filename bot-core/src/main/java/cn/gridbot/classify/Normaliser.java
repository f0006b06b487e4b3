package cn.gridbot.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.hankcs.hanlp.dictionary.other.CharTable;

/**
 * Brings a message to one canonical spelling before segmentation: full-width to half-width, traditional to
 * simplified, lower case, every digit folded to 0 (house numbers carry no category), and the common typos of
 * {@code classify/typos.tsv} corrected, so that "天燃气" and "天然气" give the same features.
 */
final class Normaliser {

    static final String TYPOS = "classify/typos.tsv";
    /** Long messages are cut: the category shows in the first sentences, and the cost stays bounded. */
    static final int MAX_CHARS = 300;

    private final List<String[]> typos = new ArrayList<>();

    Normaliser() {
        for (String line : Resources.lines(TYPOS)) {
            String[] pair = line.split("\t");
            if (pair.length != 2) {
                throw new IllegalStateException(TYPOS + ": expected TYPO<TAB>STANDARD, got " + line);
            }
            typos.add(new String[] {CharTable.convert(pair[0]), pair[1]});
        }
    }

    String normalise(String text) {
        String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String converted = CharTable.convert(cut).toLowerCase(Locale.ROOT);
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
}
