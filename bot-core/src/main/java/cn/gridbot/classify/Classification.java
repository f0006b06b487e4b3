package cn.gridbot.classify;

import java.util.List;

/**
 * The classifier's answer: the category decided, its probability (0–1), and the likeliest categories in order
 * ({@code candidates}, the decided one first) so that a dialog can offer the close ones when it is not sure.
 * For EMERGENCY the confidence is the probability that the message reports a threat to life or property happening
 * now; below {@link #SURE} the emergency is only suspected — still treated as urgent, but flagged as uncertain.
 * {@code emergencyProbability} is that probability whatever was decided: below the threshold but at least
 * {@link #NOT_RULED_OUT}, the message may still report a danger happening now (README "The reply as a safety net").
 * {@code readAsEmergency} is the category model's probability for EMERGENCY: what the message is about, before the
 * emergency scorer weighs when its danger happened, denials and figures of speech. A message read as an emergency at
 * least as likely as not ({@link #SURE}) is not ruled out, whatever the scorer made of it: the scorer's reading of
 * "over" can be wrong (捞起来了 嘴巴乌起的 is pulled out, lips blue).
 */
public record Classification(Category category, double confidence, List<Candidate> candidates,
        double emergencyProbability, double readAsEmergency) {

    /** An emergency is sure when it is likelier than not; one decided below that is a suspected emergency. */
    public static final double SURE = 0.5;

    /**
     * Below the emergency threshold, a message at least this likely to report a danger happening now is answered with
     * what to do if it is: the classifier does not rule out a danger. One in twenty, fixed rather than tuned; README
     * "The reply as a safety net" gives what it catches and what it costs.
     */
    public static final double NOT_RULED_OUT = 0.05;

    /** A category and its probability. */
    public record Candidate(Category category, double probability) {
    }

    public Classification {
        candidates = candidates == null || candidates.isEmpty() ? List.of(new Candidate(category, confidence))
                : List.copyOf(candidates);
    }

    /** A decision whose danger was weighed by the emergency scorer alone. */
    public Classification(Category category, double confidence, List<Candidate> candidates,
            double emergencyProbability) {
        this(category, confidence, candidates, emergencyProbability, 0);
    }

    /** A decision whose emergency probability is known only as far as its category says. */
    public Classification(Category category, double confidence, List<Candidate> candidates) {
        this(category, confidence, candidates, category == Category.EMERGENCY ? confidence : 0);
    }

    /** A decision with nothing known about the other categories (a resident's menu choice, an Open311 service). */
    public Classification(Category category, double confidence) {
        this(category, confidence, List.of());
    }

    public boolean emergency() {
        return category == Category.EMERGENCY;
    }

    /** Treated as an emergency although the classifier thinks it more likely than not that it is none. */
    public boolean suspectedEmergency() {
        return suspectedEmergency(category, confidence);
    }

    /**
     * Not decided an emergency, but not unlikely to be one — the emergency scorer gives it at least
     * {@link #NOT_RULED_OUT}, or the category model reads it as an emergency at least as likely as not: the reply says
     * what to do if it is happening now.
     */
    public boolean dangerNotRuledOut() {
        return !emergency() && (emergencyProbability >= NOT_RULED_OUT || readAsEmergency >= SURE);
    }

    /** The rule of {@link #suspectedEmergency()} for a stored event's category and confidence. */
    public static boolean suspectedEmergency(Category category, double confidence) {
        return category == Category.EMERGENCY && confidence < SURE;
    }

    /** How far the decided category's probability is ahead of the next candidate's (1 when there is none). */
    public double margin() {
        return candidates.size() < 2 ? 1 : confidence - candidates.get(1).probability();
    }
}
