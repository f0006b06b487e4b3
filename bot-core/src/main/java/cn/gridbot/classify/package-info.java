/** The classifier: a category model (HanLP words, characters, pinyin, cue groups) and an emergency scorer on top of it (where the danger words stand in time), both trained at start-up from the labelled corpora; a category, a confidence and the runners-up. */
package cn.gridbot.classify;
