package cn.gridbot.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * The duplicate merge's similarity measured on the labelled pairs of {@code duplicate/pairs-*.tsv} (README "Departments
 * and supervision"): the threshold is the lowest score from which every threshold merges the training pairs with a
 * precision of at least {@value #PRECISION_TARGET} (a wrong merge hides a real problem, so precision comes first); the held-out pairs,
 * which chose nothing, give the figures the README reports — all of them, and apart the pairs held out before issue 17
 * and those added with it. Prints the tables.
 */
class DuplicatePairsTest {

    static final double PRECISION_TARGET = 0.95;
    /** The line of the pair files after which come the pairs added for issue 17. */
    static final String ADDED = "# Added for issue 17";

    record Pair(boolean duplicate, String category, List<String> places, String a, String b, boolean added) {
    }

    record Figures(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

        double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "precision %.3f (%d of %d merged), recall %.3f (%d of %d duplicates), %d kept apart",
                    precision(), truePositives, truePositives + falsePositives, recall(), truePositives,
                    truePositives + falseNegatives, trueNegatives);
        }
    }

    private final TextSimilarity similarity = new TextSimilarity();

    @Test
    void theShippedThresholdIsTheOneTheTrainingPairsChooseAndHoldsOnTheHeldOutPairs() {
        List<Pair> train = pairs("duplicate/pairs-train.tsv");
        List<Pair> heldOut = pairs("duplicate/pairs-heldout.tsv");
        double[] trainScores = scores(train);
        double chosen = chooseThreshold(train, trainScores);
        Figures onTrain = figures(train, trainScores, chosen);
        Figures onHeldOut = figures(heldOut, scores(heldOut), chosen);
        List<Pair> heldOutBefore = heldOut.stream().filter(p -> !p.added()).toList();
        List<Pair> heldOutAdded = heldOut.stream().filter(Pair::added).toList();
        System.out.printf(Locale.ROOT, "Duplicate merge similarity: threshold chosen on %d training pairs = %.2f%n", train.size(), chosen);
        System.out.println("  train    (" + train.size() + "): " + onTrain);
        System.out.println("  held-out (" + heldOut.size() + "): " + onHeldOut);
        System.out.println("    held out before issue 17 (" + heldOutBefore.size() + "): "
                + figures(heldOutBefore, scores(heldOutBefore), chosen));
        System.out.println("    added with issue 17      (" + heldOutAdded.size() + "): "
                + figures(heldOutAdded, scores(heldOutAdded), chosen));
        assertThat(chosen).as("the shipped threshold (TextSimilarity.THRESHOLD)").isEqualTo(TextSimilarity.THRESHOLD);
        assertThat(onTrain.precision()).isGreaterThanOrEqualTo(PRECISION_TARGET);
        // Floors against regressions at what the held-out pairs give, not the target: 85 % (11 of 13 merged), below the
        // 95 % the training pairs promised, and 14 % recall (README "Departments and supervision" says so and why).
        assertThat(onHeldOut.precision()).as("held-out precision").isGreaterThanOrEqualTo(0.84);
        assertThat(onHeldOut.recall()).as("held-out recall").isGreaterThanOrEqualTo(0.13);
    }

    @Test
    void differentSpotsAreNeverAlikeAndPlaceNamesCountForNothing() {
        assertThat(similarity.score("紫薇苑3栋门口下水道堵了", "紫薇苑12栋门口下水道堵了", List.of("紫薇苑"))).isZero();
        assertThat(similarity.score("紫薇苑三栋门口下水道堵了", "紫薇苑3栋下水道又堵起了", List.of("紫薇苑"))).isPositive();
        assertThat(similarity.score("海慧路下水道堵了", "海慧路路灯坏了", List.of("海慧路")))
                .isLessThan(similarity.score("海慧路下水道堵了", "海慧路路灯坏了", List.of()));
    }

    @Test
    void anotherGateOrAnotherObjectIsAnotherProblemAndResidentsWordsForOneThingAreOne() {
        List<String> places = List.of("阳光小区");
        assertThat(similarity.score("阳光小区门口有人摆摊修车占道", "阳光小区后门有人摆摊修车占道", places)).isZero();
        assertThat(similarity.score("阳光小区门口有人摆摊修车占道", "阳光小区大门口有人摆摊修车占道", places)).isEqualTo(1.0);
        assertThat(similarity.score("阳光小区门口路灯坏了", "阳光小区门口红绿灯坏了", places)).isZero();
        // 电瓶车 / 电动车 from equivalents.txt, 偷 found in 遭偷 (contained): every word of the shorter complaint is found.
        assertThat(similarity.score("阳光小区电瓶车被偷了", "阳光小区我停在楼下的电动车遭偷了", places))
                .isGreaterThanOrEqualTo(TextSimilarity.THRESHOLD);
    }

    @Test
    void theRememberedWordsOfATextDependOnItsGridsPlaceNames() {
        double withPlace = similarity.score("海慧路下水道堵了", "海慧路路灯坏了", List.of("海慧路"));
        double withoutPlace = similarity.score("海慧路下水道堵了", "海慧路路灯坏了", List.of());
        assertThat(similarity.score("海慧路下水道堵了", "海慧路路灯坏了", List.of("海慧路"))).isEqualTo(withPlace);
        assertThat(withoutPlace).isNotEqualTo(withPlace);
    }

    private double[] scores(List<Pair> pairs) {
        return pairs.stream().mapToDouble(p -> round(similarity.score(p.a(), p.b(), p.places()))).toArray();
    }

    /**
     * The lowest score, among those the training pairs take, from which every threshold merges them with the target
     * precision — not merely the lowest that does, which may be a lucky dip between two wrong merges.
     */
    private static double chooseThreshold(List<Pair> train, double[] scores) {
        double[] candidates = Arrays.stream(scores).filter(s -> s > 0).distinct().sorted().toArray();
        double chosen = 1.01;
        for (int i = candidates.length - 1; i >= 0; i--) {
            if (figures(train, scores, candidates[i]).precision() < PRECISION_TARGET) {
                break;
            }
            chosen = candidates[i];
        }
        return chosen;
    }

    private static Figures figures(List<Pair> pairs, double[] scores, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (int i = 0; i < pairs.size(); i++) {
            boolean merged = scores[i] >= threshold;
            boolean duplicate = pairs.get(i).duplicate();
            if (merged && duplicate) {
                tp++;
            } else if (merged) {
                fp++;
            } else if (duplicate) {
                fn++;
            } else {
                tn++;
            }
        }
        return new Figures(tp, fp, fn, tn);
    }

    /** Scores to two decimals: the threshold is configured as such, and DuplicateCheck compares them so. */
    private static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }

    static List<Pair> pairs(String resource) {
        try (InputStream in = DuplicatePairsTest.class.getClassLoader().getResourceAsStream(resource)) {
            List<Pair> pairs = new ArrayList<>();
            boolean added = false;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                added |= line.startsWith(ADDED);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                pairs.add(new Pair(f[0].equals("DUP"), f[1], Arrays.asList(f[2].split("\\|")), f[3], f[4], added));
            }
            return pairs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
