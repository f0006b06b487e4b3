package cn.gridbot.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The classifier's quality bar (SPEC §4.1) on the held-out corpus, which no modelling decision looked at:
 * accuracy at least 90 %, every category's recall at least 80 %, and EMERGENCY recall at least 95 % because a
 * missed emergency is the worst error. A failure prints the full evaluation report.
 */
class ClassifierAccuracyTest {

    static final double MIN_ACCURACY = 0.90;
    static final double MIN_RECALL = 0.80;
    static final double MIN_EMERGENCY_RECALL = 0.95;

    private static TrainedClassifier classifier;

    @BeforeAll
    static void train() {
        classifier = new TrainedClassifier();
    }

    @Test
    void meetsTheAccuracyAndRecallTargetsOnHeldOutMessages() {
        ClassifierEvaluation.Scores scores = ClassifierEvaluation.evaluate(classifier,
                Corpus.read(ClassifierEvaluation.HELDOUT));
        List<String> failures = new ArrayList<>();
        if (scores.accuracy() < MIN_ACCURACY) {
            failures.add(String.format(Locale.ROOT, "accuracy %.1f %% < %.0f %%", 100 * scores.accuracy(), 100 * MIN_ACCURACY));
        }
        for (Category c : Category.values()) {
            double min = c == Category.EMERGENCY ? MIN_EMERGENCY_RECALL : MIN_RECALL;
            if (scores.recall(c) < min) {
                failures.add(String.format(Locale.ROOT, "%s recall %.1f %% < %.0f %%", c, 100 * scores.recall(c), 100 * min));
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("; ", failures) + "\n\n" + ClassifierEvaluation.report(scores));
    }

    @Test
    void trainsTheSameModelEveryTime() {
        TrainedClassifier again = new TrainedClassifier();
        for (String text : List.of("楼下有人倒起了 喊不醒", "屋头燃气味 时有时无", "谢谢网格员", "路灯不亮")) {
            assertArrayEquals(classifier.probabilities(text), again.probabilities(text), text);
        }
    }

    @Test
    void answersBlankTextAsOtherAndEveryConfidenceAsAProbability() {
        assertTrue(classifier.classify("  ").category() == Category.OTHER);
        for (String text : List.of("🙏", "救命", "asdf", "请问低保咋个申请")) {
            double confidence = classifier.classify(text).confidence();
            assertTrue(confidence > 0 && confidence <= 1, text + " → " + confidence);
        }
    }
}
