package cn.gridbot.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The corpora stay honest: no message twice in training, none shared between training and held-out or between
 * held-out sets, the hard corpus keeps at least 150 messages in each of its families, and the later hard held-out sets
 * (second to eleventh) use only those families.
 */
class CorpusTest {

    private static final Set<String> HARD_FAMILIES = Set.of("NARRATIVE", "ASR", "PAST_FUTURE", "CALM_EMERGENCY",
            "IDIOM", "TWO_PROBLEMS", "NON_COMPLAINT", "MIXED_SCRIPT");

    private final List<Corpus.Labelled> training = Corpus.read(TrainedClassifier.TRAINING_CORPORA);
    private final List<Corpus.Labelled> heldOut = Corpus.read(ClassifierEvaluation.ALL.toArray(String[]::new));

    @Test
    void trainingCorporaHaveNoDuplicateMessage() {
        Set<String> texts = new HashSet<>();
        List<String> duplicates = training.stream().map(Corpus.Labelled::text).filter(t -> !texts.add(t)).toList();
        assertEquals(List.of(), duplicates);
    }

    @Test
    void heldOutMessagesAreNotInTheTrainingCorpora() {
        Set<String> trained = new HashSet<>();
        training.forEach(l -> trained.add(l.text()));
        List<String> shared = heldOut.stream().map(Corpus.Labelled::text).filter(trained::contains).toList();
        assertEquals(List.of(), shared, "held-out messages also in a training corpus");
    }

    @Test
    void noMessageIsInTwoHeldOutSetsOrTwiceInOne() {
        Set<String> texts = new HashSet<>();
        List<String> duplicates = heldOut.stream().map(Corpus.Labelled::text).filter(t -> !texts.add(t)).toList();
        assertEquals(List.of(), duplicates);
    }

    @Test
    void theLaterHardHeldOutSetsUseTheHardFamilies() {
        for (String corpus : ClassifierEvaluation.LATER_HARD) {
            Set<String> families = new HashSet<>();
            Corpus.read(corpus).forEach(l -> families.add(l.family()));
            assertEquals(HARD_FAMILIES, families, corpus);
        }
    }

    @Test
    void everyHardFamilyHasAtLeast150MessagesAndAHeldOutPart() {
        Map<String, Integer> total = new TreeMap<>();
        Map<String, Integer> held = new TreeMap<>();
        Corpus.read("classify/hard-train.tsv").forEach(l -> total.merge(l.family(), 1, Integer::sum));
        Corpus.read(ClassifierEvaluation.HARD_HELDOUT).forEach(l -> {
            total.merge(l.family(), 1, Integer::sum);
            held.merge(l.family(), 1, Integer::sum);
        });
        assertEquals(HARD_FAMILIES, total.keySet());
        total.forEach((family, n) -> {
            assertTrue(n >= 150, family + " has " + n + " messages");
            double share = (double) held.getOrDefault(family, 0) / n;
            assertTrue(share > 0.25 && share < 0.35, family + " held-out share " + share);
        });
    }
}
