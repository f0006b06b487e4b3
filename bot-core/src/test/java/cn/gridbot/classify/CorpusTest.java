package cn.gridbot.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The corpora stay honest: no message twice in training, and none shared between training and held-out. */
class CorpusTest {

    private final List<Corpus.Labelled> training = Corpus.read(TrainedClassifier.TRAINING_CORPUS);
    private final List<Corpus.Labelled> heldOut = Corpus.read(ClassifierEvaluation.HELDOUT);

    @Test
    void trainingCorpusHasNoDuplicateMessage() {
        Set<String> texts = new HashSet<>();
        List<String> duplicates = training.stream().map(Corpus.Labelled::text).filter(t -> !texts.add(t)).toList();
        assertEquals(List.of(), duplicates);
    }

    @Test
    void heldOutMessagesAreNotInTheTrainingCorpus() {
        Set<String> trained = new HashSet<>();
        training.forEach(l -> trained.add(l.text()));
        long shared = heldOut.stream().filter(l -> trained.contains(l.text())).count();
        assertEquals(0, shared, "held-out messages also in the training corpus");
    }
}
