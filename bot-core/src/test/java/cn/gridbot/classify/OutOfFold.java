package cn.gridbot.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cross-validated posteriors of training lines (each from a model that did not see the line), scored as the
 * classifier would decide: the figures every modelling decision was taken from.
 */
record OutOfFold(List<Corpus.Labelled> lines, double[][] posteriors) {

    /** Candidate emergency thresholds; 1.01 means "no override". */
    static final double[] THRESHOLDS = {0.10, 0.125, 0.15, 0.175, 0.20, 0.225, 0.25, 0.275, 0.30, 0.35, 0.40, 0.50, 1.01};
    /** How far above the enforced targets the cross-validated figures must stay when choosing the threshold. */
    static final double MARGIN = 0.01;

    ClassifierEvaluation.Scores score(double threshold) {
        int n = Category.values().length;
        int[][] confusion = new int[n][n];
        int correct = 0;
        for (int i = 0; i < lines.size(); i++) {
            Category guess = TrainedClassifier.decide(posteriors[i], threshold).category();
            confusion[lines.get(i).category().ordinal()][guess.ordinal()]++;
            correct += guess == lines.get(i).category() ? 1 : 0;
        }
        return new ClassifierEvaluation.Scores(confusion, lines.size(), correct, List.of(), List.of());
    }

    /**
     * The rule for the emergency threshold: catch as many emergencies as possible while the cross-validated
     * accuracy and every other category's recall stay {@link #MARGIN} above the targets ClassifierAccuracyTest
     * enforces (90 %, 80 %); among equal EMERGENCY recalls, the more accurate threshold.
     */
    double chooseThreshold() {
        double chosen = Double.NaN;
        double bestRecall = -1;
        double bestAccuracy = -1;
        for (double t : THRESHOLDS) {
            ClassifierEvaluation.Scores s = score(t);
            boolean feasible = s.accuracy() >= ClassifierAccuracyTest.MIN_ACCURACY + MARGIN;
            for (Category c : Category.values()) {
                feasible &= c == Category.EMERGENCY || s.recall(c) >= ClassifierAccuracyTest.MIN_RECALL + MARGIN;
            }
            double recall = s.recall(Category.EMERGENCY);
            if (feasible && (recall > bestRecall || recall == bestRecall && s.accuracy() > bestAccuracy)) {
                chosen = t;
                bestRecall = recall;
                bestAccuracy = s.accuracy();
            }
        }
        return chosen;
    }

    /** How often the decision is right per confidence band: the bot asks back below 0.5, so that must mean something. */
    String confidenceReport(double threshold) {
        double[] bands = {0, 0.3, 0.5, 0.7, 0.9, 1.01};
        int[] count = new int[bands.length - 1];
        int[] right = new int[bands.length - 1];
        for (int i = 0; i < lines.size(); i++) {
            Classification c = TrainedClassifier.decide(posteriors[i], threshold);
            int band = 0;
            while (c.confidence() >= bands[band + 1]) {
                band++;
            }
            count[band]++;
            right[band] += c.category() == lines.get(i).category() ? 1 : 0;
        }
        StringBuilder out = new StringBuilder("confidence band   predictions   right\n");
        for (int b = 0; b < count.length; b++) {
            out.append(String.format(Locale.ROOT, "%.1f – %.1f  %14d  %5.1f %%%n", bands[b], Math.min(1, bands[b + 1]),
                    count[b], 100.0 * right[b] / Math.max(1, count[b])));
        }
        int low = count[0] + count[1];
        int lowRight = right[0] + right[1];
        return out.append(String.format(Locale.ROOT, "below 0.5: %d predictions, %.1f %% right; 0.5 and above: %d, %.1f %% right%n",
                low, 100.0 * lowRight / Math.max(1, low), lines.size() - low,
                100.0 * (score(threshold).correct() - lowRight) / Math.max(1, lines.size() - low))).toString();
    }

    List<String> misses(double threshold) {
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Classification c = TrainedClassifier.decide(posteriors[i], threshold);
            if (c.category() != lines.get(i).category()) {
                misses.add(String.format(Locale.ROOT, "%s -> %s %.2f\t%s", lines.get(i).category(), c.category(),
                        c.confidence(), lines.get(i).text()));
            }
        }
        return misses;
    }

    static String summary(double threshold, ClassifierEvaluation.Scores s) {
        Category worst = Category.OTHER;
        for (Category c : Category.values()) {
            worst = s.recall(c) < s.recall(worst) ? c : worst;
        }
        return String.format(Locale.ROOT, "threshold %.3f   accuracy %5.1f %%   EMERGENCY recall %5.1f %%   lowest recall %5.1f %% %s",
                threshold, 100 * s.accuracy(), 100 * s.recall(Category.EMERGENCY), 100 * s.recall(worst), worst);
    }
}
