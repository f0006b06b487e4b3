package cn.gridbot.duplicate;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.dictionary.CoreSynonymDictionary;
import com.hankcs.hanlp.dictionary.other.CharTable;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * How alike two complaints read, 0 to 1, for the duplicate merge (README "Departments and supervision"). Both texts are
 * brought to one spelling (simplified, half-width, lower case, 三栋 as 3栋), the grid's place names are taken out (two
 * complaints of one grid share them whatever they are about), and the score is the mean of two parts: the larger of two
 * Dice coefficients, over the HanLP content words (function words and particles left out) and over the character
 * bigrams; and a soft word match, where a word counts as found in the other text when it is there, contains or is
 * contained in a word there, or is a near synonym of one (HanLP's 同义词词林 similarity ≥ {@value #SYNONYM}). Two texts
 * that both name a spot — a building, house number or village group, or a side (南段, 东头) — and none the same are
 * different spots: 0.
 */
public final class TextSimilarity {

    /**
     * The score from which two complaints are the same problem: chosen on the training pairs for precision first
     * ({@code DuplicatePairsTest}); {@code gridbot.merge.similarity} overrides it.
     */
    public static final double THRESHOLD = 0.69;

    private static final Pattern SPOT = Pattern.compile("\\d+(?:栋|幢|号楼|号|组|单元|楼)|[东南西北](?:段|头|边|侧|门|面)");
    /** The synonym similarity from which two different words count as the same word. */
    static final double SYNONYM = 0.9;
    private static final Pattern NUMERAL_SPOT = Pattern.compile("([一二三四五六七八九十]{1,3})(?=栋|幢|号楼|号|组|单元|楼)");
    private static final Set<String> FUNCTION_WORDS = Set.of("的", "了", "着", "过", "得", "地", "啊", "呀", "吧", "嘛", "呢", "哦",
            "嗯", "噻", "哈", "咯", "很", "好", "太", "都", "也", "还", "又", "就", "才", "在", "是", "有", "和", "跟", "把", "被", "给",
            "遭", "我", "我们", "你", "你们", "他", "他们", "她", "它", "这", "那", "这里", "那里", "这边", "那边", "这个", "那个",
            "一个", "一下", "请", "麻烦", "帮忙", "快", "赶紧", "一直", "到处", "好几天", "几天", "天天", "每天", "现在", "已经",
            "不", "没", "没有", "没得", "要", "会", "能", "说", "看", "来", "去", "里", "头", "上", "下", "前", "后", "边", "门口",
            "外面", "里面", "外头", "屋头", "晓得", "哪个", "什么", "怎么", "好久", "得很", "死", "人");

    private final Segment segment = new ViterbiSegment()
            .enablePartOfSpeechTagging(false)
            .enableNameRecognize(false)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false)
            .enableNumberQuantifierRecognize(false)
            .enableCustomDictionary(true);

    /** The similarity of two complaints of the grid whose place names are {@code places}. */
    public double score(String a, String b, Collection<String> places) {
        String one = normal(a, places);
        String two = normal(b, places);
        Set<String> spotsOne = spots(one);
        Set<String> spotsTwo = spots(two);
        if (!spotsOne.isEmpty() && !spotsTwo.isEmpty() && spotsOne.stream().noneMatch(spotsTwo::contains)) {
            return 0;
        }
        List<String> wordsOne = words(one);
        List<String> wordsTwo = words(two);
        double literal = Math.max(dice(new HashSet<>(wordsOne), new HashSet<>(wordsTwo)), dice(bigrams(one), bigrams(two)));
        return (literal + softMatch(wordsOne, wordsTwo)) / 2;
    }

    /** The share of the words of both texts found in the other, a near synonym counting by its similarity. */
    private static double softMatch(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double found = 0;
        for (String x : a) {
            found += best(x, b);
        }
        for (String y : b) {
            found += best(y, a);
        }
        return found / (a.size() + b.size());
    }

    private static double best(String word, List<String> others) {
        double best = 0;
        for (String other : others) {
            best = Math.max(best, same(word, other));
        }
        return best;
    }

    private static double same(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        if (a.length() >= 2 && b.length() >= 2 && (a.contains(b) || b.contains(a))) {
            return 0.9;
        }
        double similarity = CoreSynonymDictionary.similarity(a, b);
        return similarity >= SYNONYM ? similarity : 0;
    }

    private static String normal(String text, Collection<String> places) {
        String t = CharTable.convert(text == null ? "" : text).toLowerCase(Locale.ROOT);
        List<String> longestFirst = places.stream().filter(p -> p != null && p.strip().length() >= 2)
                .map(p -> CharTable.convert(p.strip()).toLowerCase(Locale.ROOT))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String place : longestFirst) {
            t = t.replace(place, " ");
        }
        Matcher m = NUMERAL_SPOT.matcher(t);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Integer.toString(numeral(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int numeral(String chinese) {
        String digits = "一二三四五六七八九";
        if (chinese.length() == 1) {
            return chinese.equals("十") ? 10 : digits.indexOf(chinese) + 1;
        }
        int ten = chinese.indexOf('十');
        int tens = ten <= 0 ? 1 : digits.indexOf(chinese.charAt(0)) + 1;
        int units = ten == chinese.length() - 1 ? 0 : digits.indexOf(chinese.charAt(chinese.length() - 1)) + 1;
        return tens * 10 + units;
    }

    private static Set<String> spots(String text) {
        Set<String> spots = new HashSet<>();
        Matcher m = SPOT.matcher(text);
        while (m.find()) {
            spots.add(m.group());
        }
        return spots;
    }

    private List<String> words(String text) {
        List<String> words = new java.util.ArrayList<>();
        for (Term term : segment.seg(text)) {
            String word = term.word.strip();
            if (!word.isEmpty() && !FUNCTION_WORDS.contains(word) && word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(word);
            }
        }
        return words;
    }

    /** Bigrams of letters and digits, not across punctuation or the gaps the place names left. */
    private static Set<String> bigrams(String text) {
        Set<String> bigrams = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            char x = text.charAt(i);
            char y = text.charAt(i + 1);
            if (Character.isLetterOrDigit(x) && Character.isLetterOrDigit(y)
                    && !FUNCTION_WORDS.contains(String.valueOf(x)) && !FUNCTION_WORDS.contains(String.valueOf(y))) {
                bigrams.add("" + x + y);
            }
        }
        return bigrams;
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return 2.0 * shared / (a.size() + b.size());
    }
}
