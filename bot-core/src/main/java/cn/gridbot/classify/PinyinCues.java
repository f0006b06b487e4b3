package cn.gridbot.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

/**
 * Puts the cue phrases a resident typed in pinyin back in characters, so that "lou xia zhao huo le" reaches the
 * danger phrases of {@code classify/emergency-cues.tsv} and the cue groups of {@code classify/cues.tsv} as 着火 does;
 * without it a pinyin message reached only the category model's syllable pairs, and the emergency scorer saw no
 * danger. The pinyin of every phrase of two syllables or more is built at load time with HanLP (which reads a
 * polyphone from its word: 着火 is zhao huo), tones dropped; a message's pinyin, with or without tone marks and with
 * or without spaces between syllables, is matched longest first. Two-syllable phrases ending in 了 are left out: as
 * pinyin they are mostly something else (dao le is 到了 far more often than 倒了, zhao le 找了 rather than 着了).
 * A run of pinyin words in which a phrase was found is written as one clause, as characters would be; other Latin
 * text is left as it is. Thread-safe once built.
 */
final class PinyinCues {

    private static final int MIN_SYLLABLES = 2;
    private static final int MAX_SYLLABLES = 6;

    /** Toneless syllables joined by spaces ("zhao huo") to the phrase in characters (着火). */
    private final Map<String, String> phrases = new HashMap<>();

    PinyinCues(String... resources) {
        for (String resource : resources) {
            for (String line : Resources.lines(resource)) {
                String phrase = line.substring(line.indexOf('\t') + 1);
                if (phrase.length() < MIN_SYLLABLES || phrase.length() > MAX_SYLLABLES || !allHan(phrase)
                        || (phrase.length() == 2 && phrase.endsWith("了"))) {
                    continue;
                }
                List<String> syllables = new ArrayList<>();
                for (Pinyin p : HanLP.convertToPinyinList(phrase)) {
                    syllables.add(p.getPinyinWithoutTone());
                }
                phrases.putIfAbsent(String.join(" ", syllables), phrase);
            }
        }
    }

    /** The text with every run of pinyin words that holds a cue phrase rewritten; anything else unchanged. */
    String characters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (!Syllables.isLatin(text.charAt(i))) {
                out.append(text.charAt(i++));
                continue;
            }
            int end = i;
            while (end < text.length() && (Syllables.isLatin(text.charAt(end)) || spaceInRun(text, end))) {
                end++;
            }
            out.append(run(text.substring(i, end)));
            i = end;
        }
        return out.toString();
    }

    /** Latin words separated by single spaces: each stretch of pinyin words among them rewritten on its own. */
    private String run(String run) {
        List<String> out = new ArrayList<>();
        List<String> pinyinWords = new ArrayList<>();
        List<String> syllables = new ArrayList<>();
        for (String word : run.split(" ")) {
            List<String> split = Syllables.split(Syllables.plain(word));
            if (split.isEmpty()) {
                flush(pinyinWords, syllables, out);
                out.add(word);
            } else {
                pinyinWords.add(word);
                syllables.addAll(split);
            }
        }
        flush(pinyinWords, syllables, out);
        return String.join(" ", out);
    }

    private void flush(List<String> words, List<String> syllables, List<String> out) {
        if (words.isEmpty()) {
            return;
        }
        StringBuilder glued = new StringBuilder();
        boolean found = false;
        int at = 0;
        while (at < syllables.size()) {
            int length = Math.min(MAX_SYLLABLES, syllables.size() - at);
            while (length >= MIN_SYLLABLES && !phrases.containsKey(key(syllables, at, length))) {
                length--;
            }
            if (length < MIN_SYLLABLES) {
                glued.append(syllables.get(at++));
            } else {
                glued.append(phrases.get(key(syllables, at, length)));
                at += length;
                found = true;
            }
        }
        out.add(found ? glued.toString() : String.join(" ", words));
        words.clear();
        syllables.clear();
    }

    /** A single space between two Latin words belongs to their run. */
    private static boolean spaceInRun(String text, int at) {
        return text.charAt(at) == ' ' && at + 1 < text.length() && Syllables.isLatin(text.charAt(at + 1));
    }

    private static String key(List<String> syllables, int from, int length) {
        return String.join(" ", syllables.subList(from, from + length));
    }

    private static boolean allHan(String phrase) {
        return phrase.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
