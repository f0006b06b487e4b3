package cn.gridbot.classify;

import java.util.List;

/**
 * Multinomial naive Bayes over a message's feature ids, blended with the logistic regression. The two err
 * differently: naive Bayes does well on short messages whose few words the regression has not seen weighted
 * together. Its log-posterior is divided by a temperature because naive Bayes, counting correlated features
 * (a word and its characters) as independent, is far too sure of itself.
 */
final class NaiveBayes {

    private final double[] logLikelihood;
    private final double[] logPrior;
    private final int classes;
    private final double temperature;

    NaiveBayes(List<SoftmaxModel.Example> examples, int features, int classes, double alpha, double temperature) {
        this.classes = classes;
        this.temperature = temperature;
        // The counts become the log-likelihoods in place: one array of features × classes, not two, while training.
        double[] counts = new double[features * classes];
        double[] total = new double[classes];
        logPrior = new double[classes];
        for (SoftmaxModel.Example example : examples) {
            logPrior[example.label()]++;
            for (int id : example.ids()) {
                counts[id * classes + example.label()]++;
                total[example.label()]++;
            }
        }
        for (int c = 0; c < classes; c++) {
            logPrior[c] = Math.log(logPrior[c] / examples.size());
        }
        for (int k = 0; k < counts.length; k++) {
            int c = k % classes;
            counts[k] = Math.log((counts[k] + alpha) / (total[c] + alpha * features));
        }
        logLikelihood = counts;
    }

    double[] probabilities(int[] ids) {
        double[] scores = logPrior.clone();
        for (int id : ids) {
            for (int c = 0; c < classes; c++) {
                scores[c] += logLikelihood[id * classes + c];
            }
        }
        return SoftmaxModel.softmax(scores, temperature);
    }
}
