/** The category classifier: HanLP words, characters and cue groups, a logistic regression blended with naive Bayes trained at start-up from the labelled corpus, a confidence. */
package cn.gridbot.classify;
