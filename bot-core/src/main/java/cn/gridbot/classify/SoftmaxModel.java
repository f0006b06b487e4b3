package cn.gridbot.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Multinomial logistic regression over sparse binary features, trained by stochastic gradient descent
 * with L2 regularisation. Small, deterministic for a given seed, and fast to evaluate: a prediction
 * touches only the message's own features.
 */
final class SoftmaxModel {

    record Example(List<String> features, int label) {
    }

    private final Map<String, double[]> weights;
    private final double[] bias;
    private final int classes;

    private SoftmaxModel(Map<String, double[]> weights, double[] bias) {
        this.weights = weights;
        this.bias = bias;
        this.classes = bias.length;
    }

    static SoftmaxModel train(List<Example> examples, int classes, int epochs, double learningRate, double l2,
            double[] classWeights, long seed) {
        Map<String, double[]> weights = new HashMap<>();
        double[] bias = new double[classes];
        SoftmaxModel model = new SoftmaxModel(weights, bias);
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            double rate = learningRate / (1 + 0.1 * epoch);
            for (Example example : order) {
                double[] p = model.probabilities(example.features());
                double weight = classWeights[example.label()];
                double scale = 1.0 / Math.sqrt(Math.max(1, example.features().size()));
                for (int c = 0; c < classes; c++) {
                    double gradient = weight * ((c == example.label() ? 1 : 0) - p[c]);
                    bias[c] += rate * gradient;
                    for (String f : example.features()) {
                        double[] w = weights.computeIfAbsent(f, k -> new double[classes]);
                        w[c] += rate * (gradient * scale - l2 * w[c]);
                    }
                }
            }
        }
        return model;
    }

    double[] probabilities(List<String> features) {
        double[] scores = bias.clone();
        double scale = 1.0 / Math.sqrt(Math.max(1, features.size()));
        for (String f : features) {
            double[] w = weights.get(f);
            if (w != null) {
                for (int c = 0; c < classes; c++) {
                    scores[c] += w[c] * scale;
                }
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            scores[c] = Math.exp(scores[c] - max);
            sum += scores[c];
        }
        for (int c = 0; c < classes; c++) {
            scores[c] /= sum;
        }
        return scores;
    }
}
