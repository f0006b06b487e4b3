package cn.gridbot.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a message into the features the models read: the HanLP words; every CJK character and character bigram,
 * so dialect, typos and words the dictionary lacks still carry signal (the characters alone gained three points
 * of cross-validated accuracy); the cue groups of {@link Cues}, alone and in pairs ("LIFE+NOW": a threat to a
 * life, happening now); and a coarse length bucket. Word bigrams and character trigrams were tried and lost
 * accuracy in cross-validation: on a corpus this small they are too sparse. Thread-safe.
 */
final class TextFeatures {

    private final Normaliser normaliser = new Normaliser();
    private final Segmenter segmenter = new Segmenter();
    private final Cues cues = new Cues();

    List<String> of(String text) {
        String normal = normaliser.normalise(text);
        Set<String> features = new LinkedHashSet<>();
        for (String word : segmenter.words(normal)) {
            features.add("w:" + word);
        }
        for (String run : cjkRuns(normal)) {
            for (int i = 0; i < run.length(); i++) {
                features.add("c:" + run.charAt(i));
                if (i + 1 < run.length()) {
                    features.add("b:" + run.substring(i, i + 2));
                }
            }
        }
        List<String> groups = cues.groups(normal);
        for (int i = 0; i < groups.size(); i++) {
            features.add("cue:" + groups.get(i));
            for (int j = i + 1; j < groups.size(); j++) {
                features.add("cue:" + groups.get(i) + "+" + groups.get(j));
            }
        }
        features.add("len:" + Math.min(normal.length() / 10, 6));
        return new ArrayList<>(features);
    }

    private static List<String> cjkRuns(String text) {
        List<String> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean han = i < text.length() && Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN;
            if (han && start < 0) {
                start = i;
            } else if (!han && start >= 0) {
                runs.add(text.substring(start, i));
                start = -1;
            }
        }
        return runs;
    }
}
