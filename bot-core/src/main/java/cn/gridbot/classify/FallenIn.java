package cn.gridbot.classify;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Someone who fell into a hole, and the message read once more for the person rather than the hole. Where a person fell
 * is told in the words of a drain or a road complaint (下水道, 井盖, 路口, 基坑, 路面塌了), and the category model reads the
 * words of the place over the person: the emergency probability of "有人掉进下水道了" is 0.97, of "有人掉进瑞山路口的下水道井头了"
 * 0.006 (county-style set 168's miss, scored in the seventy-eighth round), of "我们楼下的路面塌了一个大洞，一辆电动车连人掉进去了"
 * 0.04 (the seventy-ninth round's model). The reading keeps the
 * clause of the fall from its start, writes the fall and the hole as 掉进去了, and keeps the rest of the message but the
 * clauses that tell only how the hole was left open ({@link #LEFT_OPEN}): "有人掉进去了", "一辆电动车连人掉进去了。". Read only
 * when
 * <ul>
 * <li>a person falls ({@link #FALL}: 掉进, 跌入, 摔到, 栽进, 陷进…, or 掉 right before 井, 坑, 沟, 塘, 河, 渠, 窖 or 池, not
 * after another verb: 拆掉井盖; or 掉, 跌 or 栽 down, 掉下去, into a hole named in its clause or the one before, by a
 * person named right before it, {@link #downIntoAHole}: 井盖子烂了，有个人掉下去了, the eighty-seventh round) into a hole
 * ({@link #HOLE}: a well, a pit, a ditch, a drain, water…, or 去 when a hole word comes before the fall:
 * 路面塌了一个大洞…连人掉进去了, not 搞传销…陷进去了; not a pit someone dug for another, {@link #FIGURATIVE}), and the
 * clause tells it done (掉进了, 掉进井里了) and asks nothing ({@link #QUESTION});</li>
 * <li>the person is named just before the fall, in its clause: a person phrase of {@code classify/emergency-cues.tsv}
 * ending at most {@link #PERSON_REACH} characters before it with nothing between that makes someone else the faller
 * ({@link #NOT_THE_PERSON}: 有个小孩掉进, not 有人的手机掉进, 工人把电钻掉进 nor 有个流浪猫掉进), or 人 right before it
 * (连人掉进, 工地的人掉进; not 机器人), or 连人带 and what they rode right before it ({@link #WITH_WHAT_THEY_RODE}:
 * 大姐连人带车掉井里了), or one of the words passers-by are called by ({@link #ADDRESSED}: 大姐, 师傅, 骑手…) right
 * before it or before how they fell ({@link #HOW_THEY_FELL}: 一脚, 骑车…), and no count of people just before it
 * ({@link #MANY_BEFORE}: 好几个人掉进去了);</li>
 * <li>the clause tells no fall averted, denied or feared before it ({@link #AVERTED}: 还没人掉进去, 差点, 一旦…), nor
 * what it would lead to after it ({@link #SUPPOSED}: 娃娃掉进去就完了);</li>
 * <li>the last time cue before the fall, if any, is of now (上回掉过一个，今天又有人掉进去了), the fall's clause has no past,
 * feared or ended one before the fall, and no cue of the scorer's that the message is no report (NOTREPORT: a
 * forwarded article, a video, a group chat…) comes before it: the clause read alone must not lose a 去年 or a 怕 told
 * before it;</li>
 * <li>nothing after the fall tells it over, past, feared or figurative (已经救起来了, 那是去年, 这种担心是多余的, 笑死), nor
 * falls told as many (掉进去了好几个) or as a matter talked of (…了那个事), and nothing before it a report or a course
 * ({@link #TOLD_OF}: 央视报道, 安全培训).</li>
 * </ul>
 * What comes after the fall (只露个头, 在下面喊) is kept, but for a clause that tells only how the hole was left open
 * (井盖没得, 也没个护栏: county-style set 187's "中和街道东门口一个人掉到下水井头去了，井盖没得", read whole 0.24, read so 1.00;
 * the eighty-fourth round), and the rules that hold a danger down read the whole message as before. A red team's 206
 * look-alikes found the cases of the first form (a scam's 坑, questions, warnings, a fall as the topic of a remark)
 * before the eightieth round's seal, a code review the cases above of 拆掉, 传销, 机器人 and 好几个人 after it
 * (docs/classifier-history.md, "The eightieth round"). The models are trained as before;
 * {@link TrainedClassifier#scores} keeps the higher emergency probability, as it does for a second matter.
 */
final class FallenIn {

    /**
     * Falling into something, or 掉, 跌 or 栽 down ({@link #downIntoAHole}: 井盖子烂了，有个人掉下去了; 下 only before 去, so 掉下水道 is
     * still the bare 掉 before a sewer); 掉 alone only right before a hole (掉井里了, 掉窨井头去了, 掉下水道了, 掉化粪池里了), not
     * before its cover (掉窨井盖了, 掉井盖了: a cover gone) and not after another verb (拆掉, 扔掉, 偷掉…).
     */
    private static final Pattern FALL = Pattern.compile("[掉跌摔栽落陷滑](?:进|入|到)了?|[掉跌栽]下(?=去)"
            + "|(?<![拆偷扔卖填挖弄撬砸拿搬拔掀])掉(?=(?:[井坑沟塘河渠窖池]|窨井|下水道|下水井|化粪池|粪坑|粪池)(?!盖))");
    /** Where a person falls in and cannot get out by themself. */
    private static final String HOLE_WORDS = "井|坑|沟|塘|河|渠|窖|洞|池|下水道|水里|江里|湖里|泥|粪|缝";
    /** The hole's words after the fall: a hole, or 去 for a hole told before it (…大洞，连人掉进去了). */
    private static final Pattern HOLE = Pattern.compile(HOLE_WORDS + "|^去");
    /** The hole that 去 stands for, told before the fall. */
    private static final Pattern HOLE_WORD = Pattern.compile(HOLE_WORDS);
    /**
     * A hole named as one, for a fall down: not 电池, 水池子 in a kitchen, 沟通, 坑人, 洞口 of a tunnel, nor a road or a place
     * named after a river (河东路, 河西村).
     */
    private static final Pattern HOLE_NOUN = Pattern.compile("井|(?<![电水])池|坑(?!人|爹)|沟(?!通)|洞(?!口)|渠|窖|下水道"
            + "|河(?![东西南北]?[路街村镇区])|塘|粪");
    /** Before a fall down in its clause or right after it: waiting for it, doubting, blaming, often (等有人掉下去了才修…). */
    private static final Pattern NOT_A_REPORT_OF_IT = Pattern.compile("等|难道|非要|谁|管不管|怎么办|咋办|咋整|负责|好多次"
            + "|好几次|多次|经常|老是|总是|每次|才修");
    /**
     * A fall that did not happen, is only feared or was only believed, before it in its clause (还没人掉进去, 别掉进去, 差点掉进去,
     * 怕有人…, 开始以为是有人掉下水道了).
     */
    private static final Pattern AVERTED = Pattern.compile("没|别|不|未|差点|险些|防止|以免|免得|小心|当心|怕|万一|一旦|要是|如果|假如|假设"
            + "|以为");
    /**
     * What turns a clause from what was believed to what is (还以为是只猫原来是有个小孩掉井里了): {@link #AVERTED} is looked for
     * only after the last of these before the fall.
     */
    private static final Pattern TURNED = Pattern.compile("原来|结果|谁知|没想到|才发现|一看是");
    /**
     * A pit that is a trap laid by someone (掉进网恋的坑, 骗子挖的坑, 装修公司的坑): 坑 after 的 counts as a hole only after a
     * place (路边的坑, 工地的坑, 村口的坑); and a puddle (水坑) is none.
     */
    private static final Pattern FIGURATIVE = Pattern.compile("(?<![边旁口头里上下前后外地路街村河场院])的坑|挖的坑|水坑");
    /** A question in the fall's clause (有人掉进井里了吗？). */
    private static final Pattern QUESTION = Pattern.compile("[吗嘛么?？]");
    /** A count of people right before the fall: falls told as many (好几个人掉进去了, 不少人掉进去过). */
    private static final Pattern MANY_BEFORE = Pattern.compile("(?:好几|好多|几|不少|很多|多少)个?人$");
    /** 人 in a word that names no person (扫地机器人, 稻草人, 雪人). */
    private static final Pattern NO_PERSON = Pattern.compile("(?:机器|稻草|假|雪|纸)人$");
    /**
     * Between a person phrase and the fall, what makes the person not the one who fell: what they own (有人的手机, 小孩鞋子),
     * what they dropped (工人把电钻), an animal (有个流浪猫).
     */
    private static final Pattern NOT_THE_PERSON = Pattern.compile("[的把将]|猫|狗|鸡|鸭|鹅|牛|羊|猪|兔|鸟|鞋|帽|衣服|手机"
            + "|钥匙|钱|球|玩具|轮子|轮胎|伞");
    /** A report, a course or a drill that tells of the fall (央视报道, 安全培训); the scorer's NOTREPORT cues are read too. */
    private static final Pattern TOLD_OF = Pattern.compile("报道|培训|讲座|上课|课上");
    /**
     * Between the fall and its 了, what it would lead to (掉进去就完了, 掉井里就没命了): a fall supposed, not told.
     */
    private static final Pattern SUPPOSED = Pattern.compile("就(?:完|没命|麻烦|危险|出事|惨|糟)|的话");
    /**
     * Right after the fall, falls told as many (掉进去了好几个, 好多回), as a matter long talked of (…了那个事), or a thing
     * dropped in (外卖员掉进去了一份外卖).
     */
    private static final Pattern NOT_ONCE_NOR_NOW = Pattern.compile("(?:好几|好多|几|不止一)[个回次遍趟]|多次|[那这]个?事|的事"
            + "|[一两几][份件只袋瓶包]");
    /**
     * Out again or cared for since, told after the fall: a hospital stay that has happened or is going on (住院了, 住院半个月了,
     * 住了半个多月的院, 还在住院), not one to come (要住院, 得住院) nor a place (住院部, 住了好几年的院坝); the scorer's RESOLVED
     * cues read too.
     */
    private static final Pattern OUT = Pattern.compile("救起来|[拉弄捞抱拖]出来了|[爬拉]上来了|爬出来了|爬起来|自己上来了|人没事"
            + "|(?<![要得怕会该能])住院(?![部楼处科])" + SecondMatter.NOT_PAUSE + "{0,7}了|(?:还在|正在|已经)住院"
            + "|住[了过]" + SecondMatter.NOT_PAUSE + "{1,6}院(?![子坝落部楼])");
    /**
     * Between a bare 掉 and the 了 that tells it done, what makes the 了 another verb's: the fall given as a cause or a
     * topic (网上说有人掉窨井是因为井盖被偷了).
     */
    private static final Pattern NOT_ITS_LE = Pattern.compile("是|因为|由于");
    /** The characters between a person phrase and the fall (有个小孩掉进: 小孩; 我家孩子骑车掉进: 骑车). */
    private static final int PERSON_REACH = 4;
    /**
     * How a hole was left open, in a clause after the fall (井盖没得, 盖子被偷了, 也没个护栏): left out of the reading unless the
     * clause tells of the person too ({@link #STILL_THERE}: 人在井盖下面喊, 抓着栏杆喊救命, 扒着井盖边出不来).
     */
    private static final Pattern LEFT_OPEN = Pattern.compile("井盖|盖子|盖板|护栏|围栏|栏杆|围挡");
    /** A person, a cry or being stuck, in a clause of {@link #LEFT_OPEN}: the clause is kept. */
    private static final Pattern STILL_THERE = Pattern.compile("人在|人还|在喊|在叫|喊救命|救命|出不来|上不来|爬不|卡在|卡住"
            + "|扒着|抓着|拽着");
    /** Where a clause ends: a space or a punctuation mark, as {@link SecondMatter} reads clauses. */
    private static final Pattern CLAUSE_END = Pattern.compile(SecondMatter.PAUSE);
    /** A person fallen in with what they rode, right before the fall (大姐连人带车掉井里了): the person is in 连人. */
    private static final Pattern WITH_WHAT_THEY_RODE = Pattern.compile(
            "连人带" + SecondMatter.NOT_PAUSE + "{1,3}$");
    /**
     * What may stand between a word of {@link #ADDRESSED} and the fall: nothing or how they fell (大姐一脚掉进, 师傅骑车掉进),
     * never a thing of theirs (我媳妇项链掉进).
     */
    private static final Pattern HOW_THEY_FELL = Pattern.compile("(?:一脚|骑车|失足|不慎|一下子?|直接|也|又|都|刚刚?|刚才)?");
    /**
     * People as passers-by are called, which the scorer's person phrases do not list (大姐, 大哥, 大妈, 大叔, 师傅, 骑手…): a
     * person for this reading only, so the scorer's features stay as they were.
     */
    private static final Pattern ADDRESSED = Pattern.compile("大姐|大哥|大妈|大娘|大婶|大叔|大伯|大嫂|老太太|老大爷|老大娘"
            + "|师傅|骑手|外卖员|快递员|环卫工|民工|小伙|小伢|伢儿|娃娃|细娃|小娃|媳妇|妇女|男人|女人|老乡|村民|小朋友");

    private FallenIn() {
    }

    /**
     * The message from the clause where a person falls into a hole, the fall and the hole as 掉进去了 (or as written
     * when the hole was told before it: 掉进去了, 掉下去了); empty when no fall in the message meets every condition of this
     * class's description. A fall down is read only when no other fall is ({@link #downIntoAHole}).
     */
    static String reread(String normal) {
        Matcher fall = FALL.matcher(normal);
        if (!fall.find()) {
            return "";
        }
        // Every message passes here on the reply path: the cue pass only for the few that tell a fall.
        List<Cues.Hit> hits = EmergencyFeatures.PHRASES.hits(normal);
        String downReading = "";
        do {
            int clause = SecondMatter.clauseStart(normal, fall.start());
            int holeEnd = holeEnd(normal, fall.end(), fall.group().endsWith("了"));
            if (holeEnd < 0 || fall.group().equals("掉") && NOT_ITS_LE.matcher(normal).region(fall.end(), holeEnd).find()
                    || !personBefore(normal, hits, clause, fall.start())
                    || AVERTED.matcher(normal).region(turnedAt(normal, clause, fall.start()), fall.start()).find()
                    || !nowOrNoTimeBefore(hits, clause, fall.start()) || overAfter(normal, hits, fall.end())
                    || asked(normal, fall.end()) || TOLD_OF.matcher(normal).region(0, fall.start()).find()
                    || SUPPOSED.matcher(normal).region(fall.end(), holeEnd).find()
                    || NOT_ONCE_NOR_NOW.matcher(normal).region(holeEnd, normal.length()).lookingAt()) {
                continue;
            }
            boolean down = fall.group().endsWith("下");
            if (down && !downIntoAHole(normal, hits, clause, fall.start())) {
                continue;
            }
            if (normal.startsWith("去", fall.end())) {
                if (!HOLE_WORD.matcher(normal).region(0, fall.start()).find()) {
                    continue;
                }
                String reading = normal.substring(clause, holeEnd) + withoutLeftOpen(normal.substring(holeEnd));
                if (!down) {
                    return reading;
                }
                downReading = downReading.isEmpty() ? reading : downReading;
                continue;
            }
            return normal.substring(clause, fall.start()) + "掉进去了" + withoutLeftOpen(normal.substring(holeEnd));
        } while (fall.find());
        return downReading;
    }

    /**
     * Whether a fall down (掉下, 跌下 or 栽下 before 去) is a fall into a hole: the hole named in its clause or the one
     * before it ({@link #HOLE_NOUN}), the person right before it (有个人掉下去了, 有个老人跌下去了, 一个小孩骑车掉下去了: a
     * person phrase or a word passers-by are called by, then nothing or how they fell), and nothing in its clause of
     * waiting for it, doubt, blame or a thing that happens often ({@link #NOT_A_REPORT_OF_IT}). So 有人从楼上掉下去了, 我老公眼镜掉下去了,
     * 电池没电了…有人掉下去了, 井盖松了，非要等有人掉下去了才修 and 有人掉下去了谁负责 are not read this way. Such a fall is read
     * only when no other fall in the message is ({@link #reread}): it names no hole of its own.
     */
    private static boolean downIntoAHole(String normal, List<Cues.Hit> hits, int clause, int fall) {
        int before = clause > 0 ? SecondMatter.clauseStart(normal, clause - 1) : 0;
        Matcher end = CLAUSE_END.matcher(normal);
        int clauseEnd = end.find(fall) ? end.start() : normal.length();
        return HOLE_NOUN.matcher(normal).region(before, fall).find() && personRightBefore(normal, hits, clause, fall)
                && !NOT_A_REPORT_OF_IT.matcher(normal).region(clause, clauseEnd).find();
    }

    /**
     * A person right before a fall: 人, or a person phrase or a word passers-by are called by, then
     * {@link #HOW_THEY_FELL}.
     */
    private static boolean personRightBefore(String normal, List<Cues.Hit> hits, int clause, int fall) {
        return fall > clause && normal.charAt(fall - 1) == '人' || calledBefore(normal, clause, fall)
                || namedBefore(normal, hits, clause, fall, FallenIn::howTheyFell);
    }

    /**
     * Where the hole's words end, after the first 了 of the clause, or -1 when they name no hole or the fall is not told
     * done: without 了 (掉进了, 掉进井里了) the fall is as often a topic (有人掉进基坑的那个工地, 掉进下水道的概率), a question
     * (有人掉进去算谁的) or a warning (当心孩子掉进河沟) as a report.
     */
    private static int holeEnd(String normal, int from, boolean done) {
        Matcher end = CLAUSE_END.matcher(normal);
        int clauseEnd = end.find(from) ? end.start() : normal.length();
        int particle = normal.indexOf('了', from);
        if (particle >= 0 && particle < clauseEnd) {
            clauseEnd = particle + 1;
        } else if (!done) {
            return -1;
        }
        Matcher hole = HOLE.matcher(normal).region(from, clauseEnd);
        return hole.find() && !FIGURATIVE.matcher(normal).region(from, clauseEnd).find() ? clauseEnd : -1;
    }

    private static boolean personBefore(String normal, List<Cues.Hit> hits, int clause, int fall) {
        if (MANY_BEFORE.matcher(normal).region(clause, fall).find()) {
            return false;
        }
        if (fall > clause && normal.charAt(fall - 1) == '人') {
            return !NO_PERSON.matcher(normal).region(clause, fall).find();
        }
        return WITH_WHAT_THEY_RODE.matcher(normal).region(clause, fall).find() || calledBefore(normal, clause, fall)
                || namedBefore(normal, hits, clause, fall, FallenIn::closeBefore);
    }

    /** A word passers-by are called by ({@link #ADDRESSED}) in the clause, then nothing or how they fell. */
    private static boolean calledBefore(String normal, int clause, int fall) {
        Matcher called = ADDRESSED.matcher(normal).region(clause, fall);
        while (called.find()) {
            if (howTheyFell(normal.substring(called.end(), fall))) {
                return true;
            }
        }
        return false;
    }

    /** A person phrase of the scorer's in the clause, what stands between it and the fall as {@code near} allows. */
    private static boolean namedBefore(String normal, List<Cues.Hit> hits, int clause, int fall,
            Predicate<String> near) {
        return hits.stream().anyMatch(h -> h.group().equals("PEOPLE") && h.begin() >= clause && h.end() <= fall
                && near.test(normal.substring(h.end(), fall)));
    }

    /** Whether what stands between a person and the fall is nothing or how they fell ({@link #HOW_THEY_FELL}). */
    private static boolean howTheyFell(String between) {
        return HOW_THEY_FELL.matcher(between).matches();
    }

    /** Whether a person named just before the fall fell: near, with nothing between against it. */
    private static boolean closeBefore(String between) {
        return between.length() <= PERSON_REACH && !NOT_THE_PERSON.matcher(between).find();
    }

    /** Whether the fall's clause is a question (有人掉进井里了吗？). */
    private static boolean asked(String normal, int from) {
        Matcher end = CLAUSE_END.matcher(normal);
        int clauseEnd = end.find(from) ? end.end() : normal.length();
        return QUESTION.matcher(normal).region(from, clauseEnd).find();
    }

    /**
     * Whether the last time cue before the fall's clause, if any, is of now (上回掉过一个，今天又有人掉进去了), and the clause
     * itself has none of the past, of fear or of an end before the fall: in "前天已经有人骑车掉进去摔了" 已经 (a NOW cue to
     * the scorer) does not make 前天 now.
     */
    private static boolean nowOrNoTimeBefore(List<Cues.Hit> hits, int clause, int fall) {
        String last = "NOW";
        for (Cues.Hit hit : hits) {
            if (hit.begin() >= fall) {
                break;
            }
            switch (hit.group()) {
                case "PAST", "FUTURE", "RESOLVED" -> {
                    if (hit.begin() >= clause) {
                        return false;
                    }
                    last = hit.group();
                }
                case "NOW" -> last = hit.group();
                case "NOTREPORT" -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return last.equals("NOW");
    }

    /**
     * Whether the message tells after the fall that it is over, was long ago or is only feared (已经救起来了, 那是去年,
     * 这种担心是多余的).
     */
    private static boolean overAfter(String normal, List<Cues.Hit> hits, int fall) {
        return OUT.matcher(normal).region(fall, normal.length()).find() || hits.stream()
                .anyMatch(h -> h.begin() >= fall && (h.group().equals("RESOLVED") || h.group().equals("PAST")
                        || h.group().equals("FUTURE") || h.group().equals("FIG")));
    }

    /**
     * What follows the fall without the clauses that tell only how the hole was left open (井盖没得, 盖子被偷了, 也没个护栏):
     * that is how the person fell, told in a road complaint's words, as what comes before the fall's clause is left out.
     * A clause that tells of the person as well (人在井盖下面喊) is kept.
     */
    private static String withoutLeftOpen(String after) {
        StringBuilder kept = new StringBuilder(after.length());
        Matcher end = CLAUSE_END.matcher(after);
        int from = 0;
        while (from < after.length()) {
            int to = end.find(from) ? end.end() : after.length();
            if (!LEFT_OPEN.matcher(after).region(from, to).find()
                    || STILL_THERE.matcher(after).region(from, to).find()) {
                kept.append(after, from, to);
            }
            from = to;
        }
        return kept.toString();
    }

    /** Where the fall's clause turns from what was believed to what is, or its start ({@link #TURNED}). */
    private static int turnedAt(String normal, int clause, int fall) {
        Matcher turned = TURNED.matcher(normal).region(clause, fall);
        int at = clause;
        while (turned.find()) {
            at = turned.end();
        }
        return at;
    }
}
