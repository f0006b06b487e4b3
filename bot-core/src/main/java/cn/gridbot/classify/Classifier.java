package cn.gridbot.classify;

/**
 * Classifies a resident's message into a category of README "The classifier and emergencies" with a confidence (the category's
 * probability, 0–1). {@link TrainedClassifier} is the product's; tests may give the dialog a simpler one.
 */
public interface Classifier {

    Classification classify(String text);
}
