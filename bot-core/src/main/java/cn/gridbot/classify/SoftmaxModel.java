package cn.gridbot.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression over a message's TF-IDF vector, trained by stochastic gradient descent with L2
 * shrinkage. The weights returned are the average over all SGD steps (averaged SGD): on a corpus this small the
 * last step's weights swing with the last few examples, their average generalises better and gives calmer
 * probabilities. A prediction touches only the message's own features.
 */
final class SoftmaxModel {

    /**
     * A training message: its feature ids, their values, and its class. The values may be computed when asked for
     * (see {@link CategoryModel}): training holds every example at once, and the ids are all it must keep.
     */
    interface Example {
        int[] ids();

        double[] values();

        int label();

        static Example of(int[] ids, double[] values, int label) {
            return new Given(ids, values, label);
        }
    }

    private record Given(int[] ids, double[] values, int label) implements Example {
    }

    /** How to train: SGD passes, initial step decayed as learningRate / (1 + decay · epoch), L2, shuffling seed. */
    record Sgd(int epochs, double learningRate, double decay, double l2, long seed) {
    }

    private final double[] weights;
    private final double[] bias;
    private final int classes;

    private SoftmaxModel(double[] weights, double[] bias) {
        this.weights = weights;
        this.bias = bias;
        this.classes = bias.length;
    }

    static SoftmaxModel train(List<Example> examples, int features, int classes, Sgd settings,
            double[] classWeights) {
        SoftmaxModel model = new SoftmaxModel(new double[features * classes], new double[classes]);
        // Averaging trick: alongside w keep u = Σ step·Δw; the mean of w over all steps is then w - u / steps.
        double[] u = new double[model.weights.length];
        double[] ub = new double[classes];
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(settings.seed());
        long step = 1;
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            Collections.shuffle(order, random);
            double rate = settings.learningRate() / (1 + settings.decay() * epoch);
            for (Example example : order) {
                int[] ids = example.ids();
                double[] values = example.values();
                double[] gradient = model.probabilities(ids, values);
                for (int c = 0; c < classes; c++) {
                    gradient[c] = classWeights[example.label()] * ((c == example.label() ? 1 : 0) - gradient[c]);
                    model.bias[c] += rate * gradient[c];
                    ub[c] += step * rate * gradient[c];
                }
                for (int j = 0; j < ids.length; j++) {
                    int base = ids[j] * classes;
                    for (int c = 0; c < classes; c++) {
                        double delta = rate * (gradient[c] * values[j] - settings.l2() * model.weights[base + c]);
                        model.weights[base + c] += delta;
                        u[base + c] += step * delta;
                    }
                }
                step++;
            }
        }
        for (int k = 0; k < u.length; k++) {
            model.weights[k] -= u[k] / step;
        }
        for (int c = 0; c < classes; c++) {
            model.bias[c] -= ub[c] / step;
        }
        return model;
    }

    double[] probabilities(int[] ids, double[] values) {
        double[] scores = bias.clone();
        for (int j = 0; j < ids.length; j++) {
            int base = ids[j] * classes;
            for (int c = 0; c < classes; c++) {
                scores[c] += weights[base + c] * values[j];
            }
        }
        return softmax(scores, 1);
    }

    /** exp(score / temperature), normalised to sum 1; in place. */
    static double[] softmax(double[] scores, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < scores.length; c++) {
            scores[c] = Math.exp((scores[c] - max) / temperature);
            sum += scores[c];
        }
        for (int c = 0; c < scores.length; c++) {
            scores[c] /= sum;
        }
        return scores;
    }
}
