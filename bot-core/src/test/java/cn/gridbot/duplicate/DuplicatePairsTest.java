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
 * The duplicate merge's similarity measured on the labelled pairs of {@code duplicate/pairs-*.tsv}: the threshold is
 * the lowest score at which the training pairs are merged with a precision of at least {@value #PRECISION_TARGET}
 * (a wrong merge hides a real problem, so precision comes first); the held-out pairs, which chose nothing, give the
 * figures README "Departments and supervision" reports. Prints both tables.
 */
class DuplicatePairsTest {

    static final double PRECISION_TARGET = 0.95;

    record Pair(boolean duplicate, String category, List<String> places, String a, String b) {
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
        double chosen = chooseThreshold(train);
        Figures onTrain = figures(train, chosen);
        Figures onHeldOut = figures(heldOut, chosen);
        System.out.printf(Locale.ROOT, "Duplicate merge similarity: threshold chosen on %d training pairs = %.2f%n", train.size(), chosen);
        System.out.println("  train    (" + train.size() + "): " + onTrain);
        System.out.println("  held-out (" + heldOut.size() + "): " + onHeldOut);
        assertThat(chosen).as("the shipped threshold (TextSimilarity.THRESHOLD)").isEqualTo(TextSimilarity.THRESHOLD);
        assertThat(onTrain.precision()).isGreaterThanOrEqualTo(PRECISION_TARGET);
        // Floors against regressions, not the target: held out, the precision is 64 % (9 of 14 merged), below the 95 %
        // the training pairs promised (README "Departments and supervision" says so and why).
        assertThat(onHeldOut.precision()).as("held-out precision").isGreaterThanOrEqualTo(0.60);
        assertThat(onHeldOut.recall()).as("held-out recall").isGreaterThanOrEqualTo(0.30);
    }

    @Test
    void differentSpotsAreNeverAlikeAndPlaceNamesCountForNothing() {
        assertThat(similarity.score("紫薇苑3栋门口下水道堵了", "紫薇苑12栋门口下水道堵了", List.of("紫薇苑"))).isZero();
        assertThat(similarity.score("紫薇苑三栋门口下水道堵了", "紫薇苑3栋下水道又堵起了", List.of("紫薇苑"))).isPositive();
        assertThat(similarity.score("海慧路下水道堵了", "海慧路路灯坏了", List.of("海慧路")))
                .isLessThan(similarity.score("海慧路下水道堵了", "海慧路路灯坏了", List.of()));
    }

    /** The lowest score, among those the training pairs take, that merges them with the target precision. */
    private double chooseThreshold(List<Pair> train) {
        double[] candidates = train.stream().mapToDouble(p -> round(similarity.score(p.a(), p.b(), p.places())))
                .filter(s -> s > 0).distinct().sorted().toArray();
        for (double candidate : candidates) {
            if (figures(train, candidate).precision() >= PRECISION_TARGET) {
                return candidate;
            }
        }
        return 1.0;
    }

    private Figures figures(List<Pair> pairs, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (Pair p : pairs) {
            boolean merged = round(similarity.score(p.a(), p.b(), p.places())) >= threshold;
            if (merged && p.duplicate()) {
                tp++;
            } else if (merged) {
                fp++;
            } else if (p.duplicate()) {
                fn++;
            } else {
                tn++;
            }
        }
        return new Figures(tp, fp, fn, tn);
    }

    /** Scores to two decimals: the threshold is configured as such. */
    private static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }

    static List<Pair> pairs(String resource) {
        try (InputStream in = DuplicatePairsTest.class.getClassLoader().getResourceAsStream(resource)) {
            List<Pair> pairs = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                pairs.add(new Pair(f[0].equals("DUP"), f[1], Arrays.asList(f[2].split("\\|")), f[3], f[4]));
            }
            return pairs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
