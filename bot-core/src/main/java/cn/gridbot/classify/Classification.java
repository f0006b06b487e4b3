package cn.gridbot.classify;

/** The classifier's answer: the most likely category and its posterior probability (0–1). */
public record Classification(Category category, double confidence) {
}
