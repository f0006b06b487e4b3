package cn.gridbot.classify;

/**
 * The category model's hyper-parameters. {@link #DEFAULT} holds the values chosen by repeated 5-fold cross-validation
 * on the training corpus alone (ClassifierCrossValidation in the tests); the held-out corpus is only scored.
 *
 * @param epochs SGD passes over the corpus
 * @param learningRate initial SGD step, decayed as learningRate / (1 + decay · epoch)
 * @param decay learning-rate decay per epoch
 * @param l2 L2 shrinkage per step of the weights a message touches
 * @param emergencyWeight loss weight of EMERGENCY examples (the other classes weigh 1): missing one costs more
 * @param bayesWeight share of the naive Bayes posterior in the blend with the logistic regression's
 * @param bayesAlpha naive Bayes additive smoothing
 * @param bayesTemperature naive Bayes log-posteriors are divided by this, taming its overconfidence
 * @param seed shuffling seed: a corpus always yields the same model
 */
record Settings(int epochs, double learningRate, double decay, double l2, double emergencyWeight,
        double bayesWeight, double bayesAlpha, double bayesTemperature, long seed) {

    static final Settings DEFAULT = new Settings(15, 2.0, 0.1, 1e-6, 1.5, 0.3, 0.1, 5.0, 20261127L);

    SoftmaxModel.Sgd sgd() {
        return new SoftmaxModel.Sgd(epochs, learningRate, decay, l2, seed);
    }
}
