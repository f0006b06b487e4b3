package cn.gridbot.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.hankcs.hanlp.dictionary.other.CharTable;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Turns a message into the features the model reads: HanLP words, plus character bigrams so that
 * dialect, typos and words the dictionary lacks still carry signal. Text is normalised first
 * (full-width to half-width, traditional to simplified, digits folded), so "１２号" and "12号" agree.
 */
final class TextFeatures {

    private static final int MAX_CHARS = 300;

    private final Segment segment;

    TextFeatures() {
        segment = new ViterbiSegment()
                .enablePartOfSpeechTagging(false)
                .enableNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableNumberQuantifierRecognize(false)
                .enableCustomDictionary(true);
    }

    List<String> of(String text) {
        String normal = normalise(text);
        Set<String> features = new LinkedHashSet<>();
        for (Term term : segment.seg(normal)) {
            String word = term.word.strip();
            if (!word.isEmpty() && !isPunctuation(word)) {
                features.add("w:" + word);
            }
        }
        List<String> runs = cjkRuns(normal);
        for (String run : runs) {
            for (int i = 0; i + 1 < run.length(); i++) {
                features.add("b:" + run.substring(i, i + 2));
            }
            if (run.length() == 1) {
                features.add("c:" + run);
            }
        }
        features.add("len:" + Math.min(normal.length() / 10, 6));
        return new ArrayList<>(features);
    }

    static String normalise(String text) {
        String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String converted = CharTable.convert(cut).toLowerCase();
        StringBuilder out = new StringBuilder(converted.length());
        for (int i = 0; i < converted.length(); i++) {
            char c = converted.charAt(i);
            out.append(Character.isDigit(c) ? '0' : c);
        }
        return out.toString();
    }

    private static List<String> cjkRuns(String text) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                run.append(c);
            } else if (!run.isEmpty()) {
                runs.add(run.toString());
                run.setLength(0);
            }
        }
        if (!run.isEmpty()) {
            runs.add(run.toString());
        }
        return runs;
    }

    private static boolean isPunctuation(String word) {
        return word.codePoints().allMatch(cp -> !Character.isLetterOrDigit(cp) && Character.getType(cp) != Character.OTHER_SYMBOL);
    }
}
