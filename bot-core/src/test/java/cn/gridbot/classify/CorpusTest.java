package cn.gridbot.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The corpora stay honest: no message twice in training, none shared between training and held-out or between
 * held-out sets, the hard corpus keeps at least 150 messages in each of its families both in training and in its
 * held-out sets, every hard set, held out or scored and trained on, uses exactly those families, and every hard
 * held-out file is scored.
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
    void theHardSetsHeldOutOrScoredUseTheHardFamilies() {
        for (String corpus : Stream.concat(ClassifierEvaluation.HARD.stream(), TrainedClassifier.SCORED_SETS.stream()).toList()) {
            Set<String> families = new HashSet<>();
            Corpus.read(corpus).forEach(l -> families.add(l.family()));
            assertEquals(HARD_FAMILIES, families, corpus);
        }
    }

    /** A held-out set written but left out of {@link ClassifierEvaluation#HARD} would never be scored. */
    @Test
    void everyHardHeldOutFileIsScored() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/classify"))) {
            List<String> written = files.map(f -> "classify/" + f.getFileName())
                    .filter(name -> name.startsWith("classify/hard-heldout")).sorted().toList();
            assertEquals(ClassifierEvaluation.HARD.stream().sorted().toList(), written);
        }
    }

    @Test
    void everyHardFamilyHasAtLeast150MessagesInTrainingAndInTheHeldOutPart() {
        Map<String, Integer> trained = new TreeMap<>();
        Map<String, Integer> held = new TreeMap<>();
        Stream.concat(Stream.of("classify/hard-train.tsv"), TrainedClassifier.SCORED_SETS.stream())
                .forEach(file -> Corpus.read(file).forEach(l -> trained.merge(l.family(), 1, Integer::sum)));
        ClassifierEvaluation.HARD.forEach(file -> Corpus.read(file).forEach(l -> held.merge(l.family(), 1, Integer::sum)));
        assertEquals(HARD_FAMILIES, trained.keySet());
        assertEquals(HARD_FAMILIES, held.keySet());
        trained.forEach((family, n) -> assertTrue(n >= 150, family + " has " + n + " training messages"));
        held.forEach((family, n) -> assertTrue(n >= 150, family + " has " + n + " held-out messages"));
    }
}
