package cn.gridbot.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cross-validated scores of training lines (each from models that did not see the line), decided as the classifier
 * would: the figures every modelling decision was taken from.
 */
record OutOfFold(List<Corpus.Labelled> lines, List<Decision.Scores> scores) {

    /** Candidate emergency thresholds. */
    static final double[] THRESHOLDS = {0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.10, 0.125, 0.15, 0.175, 0.20, 0.25,
        0.30, 0.40, 0.50};
    /** The EMERGENCY precision the hard held-out corpus must reach. */
    static final double MIN_PRECISION = 0.95;
    /** How far above the county targets the cross-validated figures must stay. */
    static final double MARGIN = 0.01;

    Scores decide(double threshold) {
        List<Classification> decisions = new ArrayList<>(scores.size());
        for (Decision.Scores s : scores) {
            decisions.add(Decision.decide(s, threshold));
        }
        return new Scores(lines, decisions);
    }

    /** Only the lines of the county corpus, or only those of the hard one. */
    OutOfFold county(boolean county) {
        List<Corpus.Labelled> in = new ArrayList<>();
        List<Decision.Scores> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).family().equals(Corpus.COUNTY) == county) {
                in.add(lines.get(i));
                kept.add(scores.get(i));
            }
        }
        return new OutOfFold(in, kept);
    }

    /**
     * The rule for the emergency threshold: the lowest threshold whose cross-validated figures keep the hard corpus's
     * EMERGENCY precision at least {@link #MIN_PRECISION} and the county corpus's accuracy and every category's recall
     * a point ({@link #MARGIN}) above the targets ClassifierAccuracyTest enforces. A missed emergency is the worst
     * error, so the threshold goes as low — recall as high — as the false alarms and the other categories allow.
     */
    static double chooseThreshold(OutOfFold county, OutOfFold hard) {
        for (double t : THRESHOLDS) {
            Scores c = county.decide(t);
            boolean feasible = hard.decide(t).precision(Category.EMERGENCY) >= MIN_PRECISION
                    && c.accuracy() >= ClassifierAccuracyTest.MIN_ACCURACY + MARGIN;
            for (Category category : Category.values()) {
                feasible &= category == Category.EMERGENCY
                        || c.recall(category) >= ClassifierAccuracyTest.MIN_RECALL + MARGIN;
            }
            if (feasible) {
                return t;
            }
        }
        return THRESHOLDS[THRESHOLDS.length - 1];
    }

    static String thresholdLine(double threshold, Scores s) {
        Category e = Category.EMERGENCY;
        Category worst = lowestRecall(s);
        return String.format(Locale.ROOT, "threshold %.3f  accuracy %5.1f %%  EMERGENCY recall %5.1f %% (%d missed)"
                + "  precision %5.1f %% (%d false alarms)  suspected %d  lowest recall %.1f %% %s", threshold,
                100 * s.accuracy(), 100 * s.recall(e), s.labelled(e) - s.hits(e), 100 * s.precision(e),
                s.decided(e) - s.hits(e), s.suspected(), 100 * s.recall(worst), worst);
    }

    static Category lowestRecall(Scores s) {
        Category worst = Category.EMERGENCY;
        for (Category c : Category.values()) {
            worst = s.labelled(c) > 0 && s.recall(c) < s.recall(worst) ? c : worst;
        }
        return worst;
    }

    /**
     * What asking the resident would do: a message is asked about when it is not an emergency and its category's
     * probability is below {@code below} or within {@code margin} of the next candidate's. Reports the share asked,
     * the accuracy of the rest, and how often the right category was among the first two choices offered.
     */
    String askReport(double threshold, double[] belows, double[] margins) {
        Scores s = decide(threshold);
        StringBuilder out = new StringBuilder("ask below  margin   asked   right when not asked   right among first two offered\n");
        for (double below : belows) {
            for (double margin : margins) {
                int asked = 0;
                int offeredRight = 0;
                int notAskedRight = 0;
                for (int i = 0; i < lines.size(); i++) {
                    Classification c = s.decisions().get(i);
                    boolean ask = c.category().actionable() && !c.emergency()
                            && (c.confidence() < below || c.margin() < margin);
                    Category truth = lines.get(i).category();
                    if (ask) {
                        asked++;
                        offeredRight += c.candidates().stream().limit(2).anyMatch(x -> x.category() == truth) ? 1 : 0;
                    } else {
                        notAskedRight += c.category() == truth ? 1 : 0;
                    }
                }
                out.append(String.format(Locale.ROOT, "%9.2f  %6.2f  %5.1f %%  %20.1f %%  %29.1f %%%n", below, margin,
                        100.0 * asked / lines.size(), 100.0 * notAskedRight / Math.max(1, lines.size() - asked),
                        100.0 * offeredRight / Math.max(1, asked)));
            }
        }
        return out.toString();
    }
}
