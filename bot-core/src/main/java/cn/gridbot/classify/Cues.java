package cn.gridbot.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

/**
 * Groups of phrases read from a resource of {@code GROUP<TAB>phrase} lines, found in a normalised message by one
 * Aho-Corasick pass. The category model reads {@code classify/cues.tsv} (a call for help, something happening now, a
 * threat to a life, fire or gas, worry, something past): each group present, and each pair, becomes a feature (see
 * {@link TextFeatures}), so a rare phrase ("喊不答应") shares what the model learnt from its group's common ones
 * ("晕倒"). The emergency scorer reads {@code classify/emergency-cues.tsv} and places each phrase in its sentence
 * (see {@link EmergencyFeatures}). Either way a model learns each group's weight; no cue decides by itself.
 */
final class Cues {

    static final String CUES = "classify/cues.tsv";

    /** One phrase found: where it starts and ends in the normalised text, and its group. */
    record Hit(int begin, int end, String group) {
    }

    private final AhoCorasickDoubleArrayTrie<String> phrases = new AhoCorasickDoubleArrayTrie<>();

    Cues() {
        this(CUES);
    }

    Cues(String resource) {
        TreeMap<String, String> groupOf = new TreeMap<>();
        for (String line : Resources.lines(resource)) {
            String[] pair = line.split("\t");
            if (pair.length != 2) {
                throw new IllegalStateException(resource + ": expected GROUP<TAB>phrase, got " + line);
            }
            if (groupOf.put(pair[1], pair[0]) != null) {
                throw new IllegalStateException(resource + ": phrase " + pair[1] + " is listed twice");
            }
        }
        phrases.build(groupOf);
    }

    /** The groups found, each once, in a fixed (alphabetical) order so that pair features are stable. */
    List<String> groups(String normal) {
        TreeSet<String> groups = new TreeSet<>();
        phrases.parseText(normal, (begin, end, group) -> groups.add(group));
        return new ArrayList<>(groups);
    }

    /** Every phrase found, by where it begins (longer first at the same place). */
    List<Hit> hits(String normal) {
        List<Hit> hits = new ArrayList<>();
        phrases.parseText(normal, (begin, end, group) -> hits.add(new Hit(begin, end, group)));
        hits.sort(Comparator.comparingInt(Hit::begin).thenComparingInt(h -> -h.end()));
        return hits;
    }
}
