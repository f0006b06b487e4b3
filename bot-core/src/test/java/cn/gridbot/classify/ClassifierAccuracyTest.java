package cn.gridbot.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The classifier's quality bar on the held-out corpora, which are never trained on. The county corpus: accuracy at
 * least 90 %, every category's recall at least 80 %, EMERGENCY recall at least 95 %. Each of the eight hard held-out
 * sets (43 to 50): at most one false alarm in twenty (EMERGENCY precision 95 %), accuracy at least 85 %, and no family
 * or category far below what cross-validation promised (family accuracy 80 %, category recall 75 %), except where a
 * set's figure is already below that: then its own figure, rounded down, is the floor, named in {@link #hardSets()}
 * (none is, with the twenty-fourth round's model). The
 * hard corpora's EMERGENCY recall target is 100 %; it is not reached (README, "What is not met"), so the test holds each
 * set's recall as the current model reaches it, rounded down to a whole per cent, as a floor against regressions
 * rather than claim the target. The reports are printed; a failure repeats them in its message.
 */
class ClassifierAccuracyTest {

    static final double MIN_ACCURACY = 0.90;
    static final double MIN_RECALL = 0.80;
    static final double MIN_EMERGENCY_RECALL = 0.95;
    static final double HARD_MIN_EMERGENCY_PRECISION = 0.95;
    /** The key of a set's own EMERGENCY precision floor among its groups below the general floors. */
    private static final String PRECISION = "EMERGENCY precision";
    static final double HARD_MIN_ACCURACY = 0.85;
    static final double HARD_MIN_FAMILY_ACCURACY = 0.80;
    static final double HARD_MIN_RECALL = 0.75;
    /**
     * The share of missed emergencies still told what to do: 4 of 7 over the eight held-out hard sets with the
     * twenty-fourth round's model. It was 0.76 (110 of 144 over forty-six sets) with the twenty-third round's; the
     * scored sets trained on since catch most of what was missed, so the share is now taken over seven misses and
     * moves fourteen points a message (README, "The reply as a safety net").
     */
    static final double MIN_MISSED_TOLD = 0.57;
    static final double MAX_OTHERS_TOLD = 0.02;
    /** Other messages of any category whose event is flagged for a telephone check (9 of 1,056 over the eight sets). */
    static final double MAX_OTHERS_FLAGGED = 0.025;

    /**
     * Each hard held-out set with the EMERGENCY recall the model of issue 19's twenty-fourth round reaches on it
     * (rounded down, see the README), and the lower floors of any group below the general ones — a family or category
     * of a dozen to thirty messages, where one message is three to eight points.
     */
    static Stream<Arguments> hardSets() {
        return Stream.of(
                Arguments.of(ClassifierEvaluation.HARD_HELDOUT_43, 1.00, Map.of()),
                Arguments.of(ClassifierEvaluation.HARD_HELDOUT_44, 0.99, Map.of()),
                Arguments.of(ClassifierEvaluation.HARD_HELDOUT_45, 1.00, Map.of()),
                Arguments.of(ClassifierEvaluation.HARD_HELDOUT_46, 1.00, Map.of()),
                Arguments.of(ClassifierEvaluation.HARD_HELDOUT_47, 0.99, Map.of()),
                Arguments.of(ClassifierEvaluation.HARD_HELDOUT_48, 0.99, Map.of()),
                Arguments.of(ClassifierEvaluation.HARD_HELDOUT_49, 0.97, Map.of()),
                Arguments.of(ClassifierEvaluation.HARD_HELDOUT_50, 0.99, Map.of()));
    }

    private static TrainedClassifier classifier;

    @BeforeAll
    static void train() {
        classifier = new TrainedClassifier();
    }

    @Test
    void meetsTheAccuracyAndRecallTargetsOnTheCountyHeldOutMessages() {
        Scores scores = ClassifierEvaluation.evaluate(classifier, Corpus.read(ClassifierEvaluation.HELDOUT));
        String report = ClassifierEvaluation.report("Held-out " + ClassifierEvaluation.HELDOUT, scores);
        System.out.println(report);
        List<String> failures = new ArrayList<>();
        atLeast(failures, "accuracy", scores.accuracy(), MIN_ACCURACY);
        for (Category c : Category.values()) {
            atLeast(failures, c + " recall", scores.recall(c), c == Category.EMERGENCY ? MIN_EMERGENCY_RECALL : MIN_RECALL);
        }
        assertTrue(failures.isEmpty(), () -> String.join("; ", failures) + "\n\n" + report);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hardSets")
    void catchesTheHardHeldOutSetsEmergenciesWithFewFalseAlarms(String corpus, double minEmergencyRecall,
            Map<String, Double> below) {
        meetsTheHardFloors(corpus, minEmergencyRecall, below);
    }

    private static void meetsTheHardFloors(String corpus, double minEmergencyRecall, Map<String, Double> below) {
        Scores scores = ClassifierEvaluation.evaluate(classifier, Corpus.read(corpus));
        String report = ClassifierEvaluation.report("Held-out " + corpus, scores);
        System.out.println(report);
        List<String> failures = new ArrayList<>();
        atLeast(failures, "EMERGENCY recall", scores.recall(Category.EMERGENCY), minEmergencyRecall);
        atLeast(failures, PRECISION, scores.precision(Category.EMERGENCY),
                below.getOrDefault(PRECISION, HARD_MIN_EMERGENCY_PRECISION));
        atLeast(failures, "accuracy", scores.accuracy(), HARD_MIN_ACCURACY);
        for (String family : scores.families()) {
            Scores f = scores.family(family);
            atLeast(failures, family + " accuracy", f.accuracy(), below.getOrDefault(family, HARD_MIN_FAMILY_ACCURACY));
        }
        for (Category c : Category.values()) {
            atLeast(failures, c + " recall", scores.recall(c),
                    c == Category.EMERGENCY ? minEmergencyRecall : below.getOrDefault(c.name(), HARD_MIN_RECALL));
        }
        assertTrue(failures.isEmpty(), () -> String.join("; ", failures) + "\n\n" + report);
    }

    /**
     * The reply as a safety net (README): over the hard held-out sets, more than half the emergencies the classifier
     * misses are still told what to do if the danger is happening now, and few other messages are told so only because
     * a danger is not ruled out (figures of issue 19's twenty-fourth round over the eight hard sets: 4 of 7, 6 of 1,056,
     * and 9 of 1,056 flagged for a check in all).
     */
    @Test
    void mostMissedEmergenciesAreStillToldWhatToDoAndFewOthersAre() {
        Scores scores = ClassifierEvaluation.evaluate(classifier,
                Corpus.read(ClassifierEvaluation.HARD.toArray(String[]::new)));
        int missed = scores.labelled(Category.EMERGENCY) - scores.hits(Category.EMERGENCY);
        int others = scores.total() - scores.labelled(Category.EMERGENCY);
        assertTrue(scores.missedButTold() >= MIN_MISSED_TOLD * missed,
                () -> scores.missedButTold() + " of " + missed + " missed emergencies told what to do");
        assertTrue(scores.othersToldAsNotRuledOut() <= MAX_OTHERS_TOLD * others,
                () -> scores.othersToldAsNotRuledOut() + " of " + others + " other messages told what to do");
        assertTrue(scores.othersFlagged() <= MAX_OTHERS_FLAGGED * others,
                () -> scores.othersFlagged() + " of " + others + " other messages flagged for a check");
    }

    @Test
    void aPresentDangerAfterTheSameDangerToldAsOverIsAnEmergency() {
        String text = "这个配电箱上个月烧过一次,换了个新的,现在又在冒烟,还在啪啪响,旁边就是幼儿园";
        assertEquals(Category.EMERGENCY, classifier.classify(text).category(), text);
    }

    @Test
    void whatFollowsATurnWordIsReadEvenWithoutADangerPhrase() {
        String rest = "更急的是,刚才有个陌生男的把一个小女娃硬拽上了面包车";
        String text = "小区里的健身器材坏了好久了," + rest;
        assertTrue(classifier.scores(text).emergency() >= classifier.scores(rest).emergency(), text);
    }

    @Test
    void anEmergencyToldAfterAnOrdinaryComplaintIsStillAnEmergency() {
        for (String text : List.of("路灯坏了好几天了 还有就是刚才车棚那边烧起来了 火好大",
                "楼道好脏没人扫，另外三楼有个老人倒在楼梯上 喊不应")) {
            assertEquals(Category.EMERGENCY, classifier.classify(text).category(), text);
        }
    }

    @Test
    void aDangerHappeningAgainNowIsReadApartFromThePastOne() {
        String again = "那个垃圾房上个月烧过一回,消防来扑灭了,结果刚才又着了,旁边就是停电瓶车的棚子";
        assertEquals(Category.EMERGENCY, classifier.classify(again).category(), again);
        for (String text : List.of("去年这里着过火 现在消防通道又被堆满了", "前年那边修房子占了路 现在他又在门口堆砖",
                "上个月我们楼着过一次火 现在都修好了 今天想来谢谢你们 那天好多人帮忙")) {
            assertTrue(classifier.classify(text).category() != Category.EMERGENCY, text);
        }
    }

    @Test
    void everydayEnglishIsNoAlarm() {
        for (String text : List.of("thanks for your help with my 低保", "our fire extinguishers 过期了, please check",
                "请问 fire drill 是几号", "ok goodbye", "we lost power in building 3", "pls say bye to the old manager for us")) {
            assertTrue(classifier.classify(text).category() != Category.EMERGENCY, text);
        }
    }

    @Test
    void anEmergencyToldInEnglishIsAnEmergency() {
        for (String text : List.of("my grandpa passed out in the 厨房, not answering", "a man is beating his wife with a stick at 3单元",
                "a boy fell into the 河 near 东门 and is going under")) {
            assertEquals(Category.EMERGENCY, classifier.classify(text).category(), text);
        }
    }

    @Test
    void trainsTheSameModelsEveryTime() {
        TrainedClassifier again = new TrainedClassifier(Corpus.read(TrainedClassifier.TRAINING_CORPORA), Settings.DEFAULT,
                EmergencySettings.DEFAULT);
        for (String text : List.of("楼下有人倒起了 喊不醒", "屋头燃气味 时有时无", "谢谢网格员", "路灯不亮")) {
            assertArrayEquals(classifier.scores(text).posterior(), again.scores(text).posterior(), text);
            assertEquals(classifier.scores(text).emergency(), again.scores(text).emergency(), text);
        }
    }

    @Test
    void answersBlankTextAsOtherAndEveryConfidenceAsAProbability() {
        assertEquals(Category.OTHER, classifier.classify("  ").category());
        for (String text : List.of("🙏", "救命", "asdf", "请问低保咋个申请")) {
            Classification c = classifier.classify(text);
            assertTrue(c.confidence() > 0 && c.confidence() <= 1, text + " → " + c.confidence());
            assertEquals(c.category(), c.candidates().get(0).category(), text);
        }
    }

    private static void atLeast(List<String> failures, String what, double value, double min) {
        if (value < min) {
            failures.add(String.format(Locale.ROOT, "%s %.1f %% < %.0f %%", what, 100 * value, 100 * min));
        }
    }
}
