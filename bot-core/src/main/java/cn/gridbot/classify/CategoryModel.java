package cn.gridbot.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The posterior over the categories of a message: a logistic regression over the {@link TextFeatures} blended
 * with naive Bayes. The two err differently; the blend's weights are in {@link Settings}.
 */
final class CategoryModel {

    private static final int CATEGORIES = Category.values().length;

    private final Settings settings;
    private final Vocabulary vocabulary;
    private final SoftmaxModel regression;
    private final NaiveBayes bayes;

    CategoryModel(List<TextFeatures.Analysed> messages, List<Category> labels, Settings settings) {
        this.settings = settings;
        List<List<String>> documents = messages.stream().map(TextFeatures.Analysed::features).toList();
        vocabulary = new Vocabulary(documents);
        List<SoftmaxModel.Example> examples = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            int[] ids = vocabulary.ids(documents.get(i));
            examples.add(new Message(ids, labels.get(i).ordinal(), vocabulary));
        }
        double[] classWeights = new double[CATEGORIES];
        Arrays.fill(classWeights, 1.0);
        classWeights[Category.EMERGENCY.ordinal()] = settings.emergencyWeight();
        regression = SoftmaxModel.train(examples, vocabulary.size(), CATEGORIES, settings.sgd(), classWeights);
        bayes = new NaiveBayes(examples, vocabulary.size(), CATEGORIES, settings.bayesAlpha(), settings.bayesTemperature());
    }

    /**
     * A training message whose TF-IDF values are worked out from its ids each time they are read, the same every time:
     * kept, they took some 50 MB of the heap for each model in training, and training on sets 1-142 no longer fitted
     * a 384 MB heap without a full collection. Working them out again costs a few per cent of the training time.
     */
    private record Message(int[] ids, int label, Vocabulary vocabulary) implements SoftmaxModel.Example {
        @Override
        public double[] values() {
            return vocabulary.values(ids);
        }
    }

    /**
     * Each message's posterior from a model trained without it: the messages are dealt into
     * {@code folds} folds and each fold is scored by a model trained on the others.
     */
    static double[][] outOfFold(List<TextFeatures.Analysed> messages, List<Category> labels, Settings settings,
            int folds) {
        double[][] posteriors = new double[messages.size()][];
        IntStream.range(0, folds).parallel().forEach(f -> {
            List<TextFeatures.Analysed> in = new ArrayList<>();
            List<Category> inLabels = new ArrayList<>();
            for (int i = 0; i < messages.size(); i++) {
                if (i % folds != f) {
                    in.add(messages.get(i));
                    inLabels.add(labels.get(i));
                }
            }
            CategoryModel model = new CategoryModel(in, inLabels, settings);
            for (int i = f; i < messages.size(); i += folds) {
                posteriors[i] = model.probabilities(messages.get(i));
            }
        });
        return posteriors;
    }

    /** The blended posterior over {@link Category#values()}. */
    double[] probabilities(TextFeatures.Analysed message) {
        int[] ids = vocabulary.ids(message.features());
        double[] p = regression.probabilities(ids, vocabulary.values(ids));
        double[] q = bayes.probabilities(ids);
        double w = settings.bayesWeight();
        for (int c = 0; c < p.length; c++) {
            p[c] = (1 - w) * p[c] + w * q[c];
        }
        return p;
    }
}
