package cn.gridbot.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * The probability that a message reports a threat to life or property happening now. A second model on top of the
 * category model: a logistic regression whose inputs are the category model's EMERGENCY probability (as a log-odds,
 * what the message is about) and the {@link EmergencyFeatures} (where its danger words stand: in the past, feared,
 * denied, figurative, in a forwarded article). Trained on every message of the training corpora, EMERGENCY against
 * all the rest, with the category model's probabilities taken out of fold — from models that did not see the message
 * — so that the scorer learns how far to trust them on messages the category model has never seen.
 */
final class EmergencyScorer {

    private static final int EMERGENCY = 1;
    /** The log-odds input is scaled into the range of the binary features and clipped. */
    private static final double LOGIT_SCALE = 0.25;
    private static final double LOGIT_LIMIT = 3;
    private static final double EPSILON = 1e-6;

    private final Vocabulary vocabulary;
    private final SoftmaxModel model;

    /**
     * @param posteriors for each message, the posterior of a category model that did not see it
     */
    EmergencyScorer(List<TextFeatures.Analysed> messages, List<Category> labels, double[][] posteriors,
            EmergencySettings settings, long seed) {
        List<List<String>> documents = messages.stream().map(TextFeatures.Analysed::context).toList();
        vocabulary = new Vocabulary(documents);
        List<SoftmaxModel.Example> examples = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            examples.add(example(documents.get(i), posteriors[i],
                    labels.get(i) == Category.EMERGENCY ? EMERGENCY : 0));
        }
        model = SoftmaxModel.train(examples, vocabulary.size() + 1, 2, settings.sgd(seed),
                new double[] {1, settings.emergencyWeight()});
    }

    /** @param posterior the category model's posterior for this message */
    double probability(TextFeatures.Analysed message, double[] posterior) {
        SoftmaxModel.Example x = example(message.context(), posterior, 0);
        return model.probabilities(x.ids(), x.values())[EMERGENCY];
    }

    /** Feature 0: the category model's EMERGENCY log-odds, scaled and clipped; then the context features, value 1. */
    private SoftmaxModel.Example example(List<String> document, double[] posterior, int label) {
        int[] known = vocabulary.ids(document);
        int[] ids = new int[known.length + 1];
        double[] values = new double[known.length + 1];
        double p = Math.min(1 - EPSILON, Math.max(EPSILON, posterior[Category.EMERGENCY.ordinal()]));
        values[0] = Math.max(-LOGIT_LIMIT, Math.min(LOGIT_LIMIT, LOGIT_SCALE * Math.log(p / (1 - p))));
        for (int j = 0; j < known.length; j++) {
            ids[j + 1] = known[j] + 1;
            values[j + 1] = 1;
        }
        return SoftmaxModel.Example.of(ids, values, label);
    }
}
