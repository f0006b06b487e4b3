package cn.gridbot.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

/**
 * A message as toneless pinyin syllables, so that what sounds alike reads alike: Chinese characters through HanLP's
 * pinyin dictionary (which picks a polyphone's reading from its word), and pinyin typed in Latin letters, with or
 * without tone marks ("dībǎo", "kuai lai ren"), split into syllables. Voice recognition's homophones (井该 for 井盖,
 * 垃极 for 垃圾) and a resident who types pinyin then share features with the characters the model learnt. Runs of
 * syllables break at punctuation and at anything that is neither a character nor pinyin. Thread-safe.
 */
final class Syllables {

    private static final Set<String> PINYIN = new HashSet<>();
    private static final int LONGEST = 6;

    static {
        for (Pinyin p : Pinyin.values()) {
            if (p != Pinyin.none5) {
                PINYIN.add(p.getPinyinWithoutTone());
            }
        }
    }

    private Syllables() {
    }

    /** The runs of syllables of a normalised text. */
    static List<List<String>> of(String normal) {
        List<List<String>> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int i = 0;
        while (i < normal.length()) {
            char c = normal.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                int end = i;
                while (end < normal.length() && Character.UnicodeScript.of(normal.charAt(end)) == Character.UnicodeScript.HAN) {
                    end++;
                }
                for (Pinyin p : HanLP.convertToPinyinList(normal.substring(i, end))) {
                    run.add(p.getPinyinWithoutTone());
                }
                i = end;
            } else if (isLatin(c)) {
                int end = i;
                while (end < normal.length() && isLatin(normal.charAt(end))) {
                    end++;
                }
                List<String> split = split(plain(normal.substring(i, end)));
                if (split.isEmpty()) {
                    cut(runs, run);
                    run = new ArrayList<>();
                } else {
                    run.addAll(split);
                }
                i = end;
            } else {
                if (c != ' ') {
                    cut(runs, run);
                    run = new ArrayList<>();
                }
                i++;
            }
        }
        cut(runs, run);
        return runs;
    }

    private static void cut(List<List<String>> runs, List<String> run) {
        if (!run.isEmpty()) {
            runs.add(run);
        }
    }

    /** A Latin word as pinyin syllables, longest first; empty when it is not pinyin (an English word, mostly). */
    static List<String> split(String word) {
        List<String> syllables = new ArrayList<>();
        int at = 0;
        while (at < word.length()) {
            int length = Math.min(LONGEST, word.length() - at);
            while (length > 0 && !PINYIN.contains(word.substring(at, at + length))) {
                length--;
            }
            if (length == 0) {
                return List.of();
            }
            syllables.add(word.substring(at, at + length));
            at += length;
        }
        return syllables;
    }

    /** Lower case without tone marks, ü written v as HanLP writes it. */
    static String plain(String word) {
        String decomposed = Normalizer.normalize(word.replace('ü', 'v'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "");
    }

    static boolean isLatin(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }
}
