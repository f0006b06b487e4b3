package cn.gridbot.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a message once for both models: the normalised text, its HanLP words, and the category model's features —
 * the words; every CJK character and character bigram, so dialect, typos and words the dictionary lacks still carry
 * signal (the characters alone gained three points of cross-validated accuracy); the cue groups of {@link Cues},
 * alone and in pairs ("LIFE+NOW": a threat to a life, happening now); and a coarse length bucket. Word bigrams and
 * character trigrams were tried and lost accuracy in cross-validation: on a corpus this small they are too sparse.
 * Thread-safe.
 */
final class TextFeatures {

    /**
     * A message as the models see it: normalised, its HanLP words, its {@link EmergencyFeatures}, all its features, and
     * whether the normaliser cut it ({@link Normaliser#MAX_CHARS}).
     */
    record Analysed(String normal, List<String> words, List<String> context, List<String> features, boolean cut) {

        /**
         * The same analysis holding, for each of its strings, the equal one already in {@code pool}: training holds
         * every message's analysis at once, and its features repeat: 24,000 messages held some 300,000 distinct
         * features in nearly four million strings, and shared they took about 200 MB less of the heap at start-up.
         */
        Analysed sharing(Map<String, String> pool) {
            return new Analysed(normal, shared(words, pool), shared(context, pool), shared(features, pool), cut);
        }

        private static List<String> shared(List<String> strings, Map<String, String> pool) {
            return strings.stream().map(s -> pool.computeIfAbsent(s, Function.identity())).toList();
        }
    }

    private final Normaliser normaliser = new Normaliser();
    private final Segmenter segmenter = new Segmenter();
    private final Cues cues = new Cues();
    private final EmergencyFeatures context = new EmergencyFeatures();

    Analysed analyse(String text) {
        String normal = normaliser.normalise(text);
        List<String> words = segmenter.words(normal);
        Set<String> features = new LinkedHashSet<>();
        for (String word : words) {
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
        features.addAll(sounds(normal));
        features.add("len:" + Math.min(normal.length() / 10, 6));
        List<String> danger = context.of(normal, words);
        for (String f : danger) {
            features.add("e:" + f);
        }
        return new Analysed(normal, words, danger, new ArrayList<>(features), Normaliser.cuts(text));
    }

    /**
     * Whether this normalised text names a danger: a danger phrase of {@code classify/emergency-cues.tsv} where it
     * names one (not denied, not only feared), or harm told in words that list lacks
     * ({@link EmergencyFeatures#namesDanger}).
     */
    boolean namesDanger(String normal) {
        return context.namesDanger(normal);
    }

    /**
     * Whether the rest of a normalised text, read after a bare time word or from a clause telling a danger going on,
     * names a danger that is news beside the part before it ({@link EmergencyFeatures#namesNewDanger}).
     */
    boolean namesNewDanger(String before, String rest) {
        return context.namesNewDanger(before, rest);
    }

    List<String> of(String text) {
        return analyse(text).features();
    }

    /** Pairs of neighbouring pinyin syllables ({@link Syllables}): what sounds alike, whatever its characters. */
    private static List<String> sounds(String normal) {
        Set<String> pairs = new LinkedHashSet<>();
        for (List<String> run : Syllables.of(normal)) {
            for (int i = 0; i + 1 < run.size(); i++) {
                pairs.add("p:" + run.get(i) + "_" + run.get(i + 1));
            }
        }
        return new ArrayList<>(pairs);
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
