package cn.gridbot.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * From the two models' scores to a {@link Classification}: EMERGENCY when the emergency probability reaches the
 * threshold, its confidence that probability; otherwise the likeliest of the nine other categories, their
 * probabilities renormalised without EMERGENCY's share (the emergency question is settled), the runners-up as
 * candidates. That share is kept as {@link Classification#readAsEmergency()}.
 */
final class Decision {

    /** The category model's posterior over {@link Category#values()} and the emergency probability. */
    record Scores(double[] posterior, double emergency) {
    }

    private static final Category[] CATEGORIES = Category.values();
    private static final int CANDIDATES = 3;

    private Decision() {
    }

    static Classification decide(Scores scores, double threshold) {
        List<Classification.Candidate> others = others(scores.posterior());
        double read = scores.posterior()[Category.EMERGENCY.ordinal()];
        if (scores.emergency() >= threshold) {
            List<Classification.Candidate> candidates = new ArrayList<>();
            candidates.add(new Classification.Candidate(Category.EMERGENCY, scores.emergency()));
            for (Classification.Candidate c : others.subList(0, CANDIDATES - 1)) {
                candidates.add(new Classification.Candidate(c.category(), c.probability() * (1 - scores.emergency())));
            }
            return new Classification(Category.EMERGENCY, scores.emergency(), candidates, scores.emergency(), read);
        }
        Classification.Candidate best = others.get(0);
        return new Classification(best.category(), best.probability(), others.subList(0, CANDIDATES), scores.emergency(),
                read);
    }

    /** The categories other than EMERGENCY, likeliest first, with probabilities summing to 1. */
    private static List<Classification.Candidate> others(double[] posterior) {
        double rest = 1 - posterior[Category.EMERGENCY.ordinal()];
        List<Classification.Candidate> others = new ArrayList<>(CATEGORIES.length - 1);
        for (Category c : CATEGORIES) {
            if (c != Category.EMERGENCY) {
                others.add(new Classification.Candidate(c, rest <= 0 ? 1.0 / (CATEGORIES.length - 1)
                        : posterior[c.ordinal()] / rest));
            }
        }
        others.sort(Comparator.comparingDouble(Classification.Candidate::probability).reversed());
        return others;
    }
}
