package cn.gridbot.classify;

import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * HanLP word segmentation (Viterbi over HanLP's core and custom dictionaries), without part-of-speech tagging or
 * name, place and organisation recognition: the model needs the words, and those cost time. A dictionary of
 * Sichuan dialect and place names on top was tried and made no difference in cross-validation, because the
 * character unigrams and bigrams of {@link TextFeatures} already carry "喊不醒" or "老汉儿" split or not.
 */
final class Segmenter {

    private final Segment segment = new ViterbiSegment()
            .enablePartOfSpeechTagging(false)
            .enableNameRecognize(false)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false)
            .enableNumberQuantifierRecognize(false)
            .enableCustomDictionary(true);

    /** The words of an already normalised text, without punctuation and spaces; emoji count as words. */
    List<String> words(String normal) {
        List<String> words = new ArrayList<>();
        for (Term term : segment.seg(normal)) {
            String word = term.word.strip();
            if (!word.isEmpty() && !isPunctuation(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static boolean isPunctuation(String word) {
        return word.codePoints().allMatch(cp -> !Character.isLetterOrDigit(cp) && Character.getType(cp) != Character.OTHER_SYMBOL);
    }
}
