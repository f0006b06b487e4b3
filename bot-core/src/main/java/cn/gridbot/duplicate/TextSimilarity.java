package cn.gridbot.duplicate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.other.CharTable;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * How alike two complaints of one grid and category are, 0 to 1, for the duplicate merge (README "Departments and
 * supervision"). Both texts are brought to one spelling (simplified, half-width, lower case, 三栋 as 3栋, 大门口 / 门口 /
 * 门外 as 前门) and the grid's place names are taken out (two complaints of one grid share them whatever they are
 * about). Then, over the HanLP content words (function words, particles and the gates left out), where a word is
 * <em>found</em> in the other text when it is there, contains or is contained in a word there, is a 同义词词林 synonym of
 * one (same line marked {@code =}) or shares a line of {@code equivalents.txt} with one (Sichuanese and everyday words for
 * one thing):
 * <ul>
 * <li>two texts that both name a building, house number or village group ({@code 3栋}, {@code 12号}, {@code 2组}) and
 * none the same, or both a side or gate ({@code 东头}, {@code 南段}, {@code 后门}) and none the same, are different
 * spots: 0;</li>
 * <li>two texts that each name a thing (a noun) not found in the other are about different objects: 0;</li>
 * <li>otherwise the score is the share of the shorter text's words found in the longer one — the longer complaint
 * says everything the shorter one does.</li>
 * </ul>
 */
public final class TextSimilarity {

    /**
     * The score from which two complaints are the same problem: chosen on the training pairs for precision first
     * ({@code DuplicatePairsTest}); {@code gridbot.merge.similarity} overrides it.
     */
    public static final double THRESHOLD = 0.82;

    private static final int RECENT = 2048;
    private static final Pattern NUMBERED_SPOT = Pattern.compile("\\d+(?:栋|幢|号楼|号|组|单元|楼)");
    private static final Pattern SIDE = Pattern.compile("[东南西北](?:段|头|边|侧|门|面)|[前后侧]门");
    /** The front gate, however it is said, is one spot ({@code 前门}); a back or side gate is another. */
    private static final Pattern FRONT_GATE = Pattern.compile("大门口|正门口|大门|正门|门口|门外");
    private static final Pattern NUMERAL_SPOT = Pattern.compile("([一二三四五六七八九十]{1,3})(?=栋|幢|号楼|号|组|单元|楼)");
    private static final Set<String> FUNCTION_WORDS = Set.of("的", "了", "着", "过", "得", "地", "啊", "呀", "吧", "嘛", "呢", "哦",
            "嗯", "噻", "哈", "咯", "很", "好", "太", "都", "也", "还", "又", "就", "才", "在", "是", "有", "和", "跟", "把", "被", "给",
            "遭", "我", "我们", "你", "你们", "他", "他们", "她", "它", "这", "那", "这里", "那里", "这边", "那边", "这个", "那个",
            "一个", "一下", "请", "麻烦", "帮忙", "快", "赶紧", "一直", "到处", "好几天", "几天", "天天", "每天", "现在", "已经",
            "不", "没", "没有", "没得", "要", "会", "能", "说", "看", "来", "去", "里", "头", "上", "下", "前", "后", "边", "门口",
            "外面", "里面", "前门", "后门", "侧门", "外头", "屋头", "晓得", "哪个", "什么", "怎么", "好久", "得很", "死", "人");
    /** 同义词词林 (shipped inside HanLP): word → the codes of its synonym lines ({@code =}), e.g. {@code Bn08C01=}. */
    private static final Map<String, Set<String>> CILIN = cilin();
    /** {@code equivalents.txt}: word → its line. */
    private static final Map<String, Integer> EQUIVALENTS = equivalents();

    private final Segment segment = new ViterbiSegment()
            .enablePartOfSpeechTagging(false)
            .enableNameRecognize(false)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false)
            .enableNumberQuantifierRecognize(false)
            .enableCustomDictionary(true);

    /** The words of recent texts: a report is compared with every open event of its grid and category. */
    private final Map<List<Object>, Text> recent = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Text> eldest) {
            return size() > RECENT;
        }
    });

    private record Word(String text, boolean noun, Set<String> codes) {
    }

    /** A complaint as compared: its numbered spots, its sides and gates, its content words. */
    private record Text(Set<String> numbered, Set<String> sides, List<Word> words) {
    }

    private Text text(String raw, Collection<String> places) {
        List<Object> key = List.of(raw == null ? "" : raw, new ArrayList<>(places));
        Text cached = recent.get(key);
        if (cached != null) {
            return cached;
        }
        String normal = normal(raw, places);
        Text text = new Text(spots(normal, NUMBERED_SPOT), spots(normal, SIDE), words(normal));
        recent.put(key, text);
        return text;
    }

    /** How alike two complaints of the grid whose place names are {@code places} are: 0 to 1. */
    public double score(String a, String b, Collection<String> places) {
        Text one = text(a, places);
        Text two = text(b, places);
        if (differ(one.numbered(), two.numbered()) || differ(one.sides(), two.sides())) {
            return 0;
        }
        List<Word> wordsOne = one.words();
        List<Word> wordsTwo = two.words();
        List<Word> shorter = wordsOne.size() <= wordsTwo.size() ? wordsOne : wordsTwo;
        List<Word> longer = shorter == wordsOne ? wordsTwo : wordsOne;
        if (shorter.isEmpty() || otherObject(shorter, longer) && otherObject(longer, shorter)) {
            return 0;
        }
        double found = 0;
        for (Word w : shorter) {
            found += found(w, longer);
        }
        return found / shorter.size();
    }

    /** Whether two sets of spots of one kind are both there and share none. */
    private static boolean differ(Set<String> one, Set<String> two) {
        return !one.isEmpty() && !two.isEmpty() && one.stream().noneMatch(two::contains);
    }

    /** Whether {@code words} name a thing not found among {@code others}. */
    private static boolean otherObject(List<Word> words, List<Word> others) {
        return words.stream().anyMatch(w -> w.noun() && found(w, others) == 0);
    }

    /** How well a word is found among others: 1 there, 0.9 contained, containing, a synonym or an equivalent, else 0. */
    private static double found(Word word, List<Word> others) {
        double best = 0;
        for (Word other : others) {
            best = Math.max(best, same(word, other));
        }
        return best;
    }

    private static double same(Word a, Word b) {
        String x = a.text();
        String y = b.text();
        if (x.equals(y)) {
            return 1;
        }
        if ((x.length() >= 2 && y.length() >= 2 || a.noun() && b.noun()) && (x.contains(y) || y.contains(x))) {
            return 0.9;
        }
        for (String code : a.codes()) {
            if (b.codes().contains(code)) {
                return 0.9;
            }
        }
        Integer line = EQUIVALENTS.get(x);
        return line != null && line.equals(EQUIVALENTS.get(y)) ? 0.9 : 0;
    }

    private List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        for (Term term : segment.seg(text)) {
            String word = term.word.strip();
            if (!word.isEmpty() && !FUNCTION_WORDS.contains(word) && word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(new Word(word, noun(word), CILIN.getOrDefault(word, Set.of())));
            }
        }
        return List.copyOf(words);
    }

    /**
     * Whether a word is a thing: its likeliest part of speech in HanLP's dictionaries is a noun or a place word (tagging
     * each text would cost ten times the segmentation); a word in neither dictionary is taken for a noun.
     */
    private static boolean noun(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null) {
            attribute = CustomDictionary.get(word);
        }
        if (attribute == null || attribute.nature.length == 0) {
            return true;
        }
        String nature = attribute.nature[0].toString();
        return nature.startsWith("n") || nature.equals("s");
    }

    private static String normal(String text, Collection<String> places) {
        String t = CharTable.convert(text == null ? "" : text).toLowerCase(Locale.ROOT);
        List<String> longestFirst = places.stream().filter(p -> p != null && p.strip().length() >= 2)
                .map(p -> CharTable.convert(p.strip()).toLowerCase(Locale.ROOT))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String place : longestFirst) {
            t = t.replace(place, " ");
        }
        t = FRONT_GATE.matcher(t).replaceAll("前门");
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

    private static Set<String> spots(String text, Pattern kind) {
        Set<String> spots = new HashSet<>();
        Matcher m = kind.matcher(text);
        while (m.find()) {
            spots.add(m.group());
        }
        return spots;
    }

    private static Map<String, Set<String>> cilin() {
        Map<String, Set<String>> map = new HashMap<>();
        for (String line : lines(TextSimilarity.class.getClassLoader().getResourceAsStream("data/dictionary/synonym/CoreSynonym.txt"))) {
            String[] f = line.strip().split(" ");
            if (!f[0].endsWith("=")) {
                continue;
            }
            for (int i = 1; i < f.length; i++) {
                map.computeIfAbsent(f[i], k -> new HashSet<>(2)).add(f[0]);
            }
        }
        return map;
    }

    private static Map<String, Integer> equivalents() {
        Map<String, Integer> map = new HashMap<>();
        int line = 0;
        for (String text : lines(TextSimilarity.class.getResourceAsStream("equivalents.txt"))) {
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            line++;
            for (String word : text.strip().split("\\s+")) {
                map.put(word, line);
            }
        }
        return map;
    }

    private static List<String> lines(InputStream resource) {
        if (resource == null) {
            throw new IllegalStateException("a dictionary of the duplicate merge is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
