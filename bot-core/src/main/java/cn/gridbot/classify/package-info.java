/** The category classifier: HanLP segmentation, a naive Bayes model trained from the labelled corpus, a confidence. */
package cn.gridbot.classify;
