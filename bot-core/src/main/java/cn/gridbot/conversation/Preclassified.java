package cn.gridbot.conversation;

import java.util.function.Supplier;

import cn.gridbot.classify.Classification;
import cn.gridbot.classify.Classifier;

/**
 * A message's words classified on its request thread before the message joins a batch of the group commit (README
 * "Throughput"): a writer thread runs a batch's messages one after another inside one open transaction, so what a
 * request thread can work out alone should not be done there. The classification travels with the message's work
 * and is used only for that message's own words; any other text (a draft joined with an answer, a worker's
 * self-report) is classified where it is met, as before.
 */
final class Preclassified {

    private static final ThreadLocal<Preclassified> CURRENT = new ThreadLocal<>();

    private final String text;
    private final Classification classification;

    private Preclassified(String text, Classification classification) {
        this.text = text;
        this.classification = classification;
    }

    /**
     * The classification of what a resident may be complaining about in {@code message}, or null when its words
     * cannot be a complaint's: not text or speech, empty, or one of the bot's commands (a worker's or a resident's).
     */
    static Preclassified ahead(Classifier classifier, InboundMessage message) {
        if (message.kind() != MessageKind.TEXT && message.kind() != MessageKind.VOICE) {
            return null;
        }
        String words = message.words();
        if (words.isEmpty() || Command.parse(words).isPresent() || WorkerCommand.parse(words).isPresent()) {
            return null;
        }
        return new Preclassified(words, classifier.classify(words));
    }

    /** Runs {@code work} on this thread with {@code ahead} (may be null) at hand for {@link #classify}. */
    static <T> T during(Preclassified ahead, Supplier<T> work) {
        if (ahead == null) {
            return work.get();
        }
        Preclassified outer = CURRENT.get();
        CURRENT.set(ahead);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    Classification classification() {
        return classification;
    }

    /** The classification of {@code text}: the one made ahead when it is of these very words, else made now. */
    static Classification classify(Classifier classifier, String text) {
        Preclassified ahead = CURRENT.get();
        return ahead != null && ahead.text.equals(text) ? ahead.classification : classifier.classify(text);
    }
}
