package cn.gridbot.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

/**
 * Groups of phrases from {@code classify/cues.tsv} — a call for help, something happening now, a threat to a
 * life, fire or gas, worry about what might happen, something already past — found in a normalised message.
 * Each group present, and each pair of them, becomes a feature (see {@link TextFeatures}), so a rare phrase
 * ("喊不答应") shares what the model learnt from its group's common ones ("晕倒"). They help separate an emergency
 * from a hazard; the model learns their weights per category like any other feature's, so no cue decides a
 * category by itself.
 */
final class Cues {

    static final String CUES = "classify/cues.tsv";

    private final AhoCorasickDoubleArrayTrie<String> phrases = new AhoCorasickDoubleArrayTrie<>();

    Cues() {
        TreeMap<String, String> groupOf = new TreeMap<>();
        for (String line : Resources.lines(CUES)) {
            String[] pair = line.split("\t");
            if (pair.length != 2) {
                throw new IllegalStateException(CUES + ": expected GROUP<TAB>phrase, got " + line);
            }
            groupOf.put(pair[1], pair[0]);
        }
        phrases.build(groupOf);
    }

    /** The groups found, each once, in a fixed (alphabetical) order so that pair features are stable. */
    List<String> groups(String normal) {
        TreeSet<String> groups = new TreeSet<>();
        phrases.parseText(normal, (begin, end, group) -> groups.add(group));
        return new ArrayList<>(groups);
    }
}
