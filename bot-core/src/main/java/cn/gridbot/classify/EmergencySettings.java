package cn.gridbot.classify;

/**
 * The emergency decision's hyper-parameters. {@link #DEFAULT} holds the values chosen by cross-validation on the
 * training corpora alone (ClassifierCrossValidation in the tests); the held-out corpora are only scored. The threshold,
 * 0.3, is the rule's choice of the twenty-eighth round, with sets 43-78 trained on (0.2 before; README, the threshold
 * rule under "The classifier and emergencies").
 *
 * @param epochs SGD passes of the scorer's logistic regression
 * @param learningRate initial SGD step, decayed as learningRate / (1 + decay · epoch)
 * @param decay learning-rate decay per epoch
 * @param l2 L2 shrinkage per step of the weights a message touches
 * @param emergencyWeight loss weight of emergencies (the other messages weigh 1): missing one costs more
 * @param folds folds of the cross-fitting that gives the scorer the category model's out-of-fold probabilities
 * @param threshold EMERGENCY is decided when the emergency probability reaches this; between it and
 *        {@link Classification#SURE} the emergency is a suspected one
 */
record EmergencySettings(int epochs, double learningRate, double decay, double l2, double emergencyWeight,
        int folds, double threshold) {

    static final EmergencySettings DEFAULT = new EmergencySettings(15, 0.3, 0.1, 1e-6, 3, 5, 0.3);

    SoftmaxModel.Sgd sgd(long seed) {
        return new SoftmaxModel.Sgd(epochs, learningRate, decay, l2, seed);
    }
}
