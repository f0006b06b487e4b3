package cn.gridbot.classify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The emergency scorer's view of a message: not which danger words it contains but where they stand. Each danger
 * phrase of {@code classify/emergency-cues.tsv} (a body in trouble, fire or a live wire, gas, water, violence or an
 * animal's bite, someone trapped, self-harm or a person missing, someone unseen for days behind a closed door, a child
 * left alone where harm is near) is read, itself
 * (the phrase, so that 冒烟 and 烧到 may weigh differently from 火灾), together with
 * <ul>
 * <li>its time: the last PAST, NOW, FUTURE or RESOLVED cue before it in the message ("上个月…摔断了腿" is PAST,
 * "上回就倒过 现在又倒了" ends NOW), and a time cue after it in the same clause ("…那是去年");</li>
 * <li>a negation in the two HanLP words before it ("没有人受伤"), counted only inside its clause;</li>
 * <li>a figure of speech in the same clause ("吓死个人", "臭得要死", "跟下雨一样");</li>
 * <li>whether it is told as going on: the progressive 在 just before or in it (在冒烟, 在往下掉), or the durative
 * 起/着 right after it (倒起的);</li>
 * <li>a RESOLVED cue in a later clause (晕倒了 … 120已经拉走了 人醒了);</li>
 * <li>whether a person is named in its clause (a person in danger, not a car or a roof), or in the clause next to it
 * (在冒烟 屋头还有人), also read with the kind of danger (a wall giving way with people beneath is not a wall giving
 * way);</li>
 * <li>whether the message says nobody is in its way, in its clause or the next (电梯卡住了 里面没人, 树倒在车上 车里没人,
 * 没砸到人);</li>
 * <li>whether it says someone is in its way now, in its clause or the next (砖头在往下掉 下面是人行道, 电线掉下来了
 * 有几个小孩在旁边看, 刚好放学): a hazard with people under it is an emergency, the same hazard alone a complaint;</li>
 * <li>whether it is told as a question, a question of what to do in its clause or the next (请问…燃气表一直嘶嘶响
 * 要怎么处理);</li>
 * </ul>
 * and the message as a whole adds the time of its last danger, a RESOLVED, PAST or FUTURE cue after it, thanks or a
 * forwarded article before it (in an earlier clause) or beside it, and the other groups
 * present (a call for help, a question of what to do, a forwarded article, a person). These features feed both the
 * category model (so SAFETY and OTHER learn what a past or figurative danger looks like) and {@link EmergencyScorer}.
 * Cross-validation chose them over the words alone: with them the hard corpus's emergencies are caught at fewer false
 * alarms (see the README). Thread-safe.
 */
final class EmergencyFeatures {

    static final String CUES = "classify/emergency-cues.tsv";
    static final Set<String> DANGERS = Set.of("BODY", "FIRE", "GAS", "WATER", "VIOLENCE", "TRAPPED", "SELFHARM",
            "UNSEEN", "ALONE");
    private static final Set<String> TIMES = Set.of("PAST", "NOW", "FUTURE", "RESOLVED");
    /** Gone again (又不见了): a person missing now only after a person missing told before it. */
    private static final String GONE_AGAIN = "GONE_AGAIN";
    /** A light or socket still live (灯还亮着) and water leaking (漏水, 往下滴): together, in adjacent clauses, a danger. */
    private static final String LIVE = "LIVE";
    private static final String LEAK = "LEAK";
    /** A farewell (自己保重, 下辈子) and silence (关机, 联系不上): together, naming a person, a person in danger now. */
    private static final String FAREWELL = "FAREWELL";
    private static final String SILENT = "SILENT";
    /** A silence only foreseen (可能关机, 会打不通): the writer's own leave-taking, not someone gone quiet. */
    private static final Pattern FORESEEN = Pattern.compile("可能|会|也许|估计|万一|到时");
    private static final int FORESEEN_REACH = 3;
    /** Groups also placed against the last danger: thanks or a forwarded article in an earlier clause, or with it. */
    private static final Set<String> FRAMES = Set.of("THANKS", "NOTREPORT");
    private static final int NEGATION_WORDS = 2;
    /** How many characters before a danger phrase the progressive 在 is looked for (在往下掉: 在 is three back). */
    private static final int PROGRESSIVE_REACH = 4;
    /** A denial right before a RESOLVED cue (还没, 没有, 莫得, 未): it is not over. */
    private static final Pattern NOT_YET = Pattern.compile("(?:没|没有|没得|莫得|未|还不)$");
    private static final int NOT_YET_REACH = 2;
    /**
     * A denial right before a danger phrase, maybe with the person denied between (没冒烟, 还没人掉进去, 不打火了): the
     * phrase names no danger ({@link #namesOne}). Not a yes-or-no question (有没有人掉进去, 是不是着火了), as
     * {@link #withoutQuestionsAsDenials} reads one.
     */
    private static final Pattern DENIED = Pattern.compile("(?<![有是])(?:没|没有|没得|莫得|未|不)(?:有?人)?$");
    /** How many characters before a danger phrase {@link #DENIED} is looked for: 没得有人 is four. */
    private static final int DENIAL_REACH = 4;
    /**
     * A word of what may come, before a danger phrase in its clause: the danger is only feared (万一哪天着火了, 真要着火了
     * 人都跑不出去, 下回还得淹). Not 千万一定, not 主要是 or 只要是, not 真要命, not 楼下次卧 or 一下回头, and 以后 only
     * opening its clause (回来以后发现厨房着火了 is after coming back).
     */
    private static final Pattern FEARED = Pattern.compile(
            "(?<!千)万一|(?<![主只])要是|哪天|迟早|早晚|^以后|将来|真要(?!命)|要真|(?<![楼底屋这一])下(?:回|次)|再下雨");
    /**
     * A call right after a fight's 打 (在打 of 现在打电话, 被打 of 被打电话骚扰): 打 dials, it does not strike. Not 了 or 手机
     * after it: 他被打了手机都摔烂了 is a beating.
     */
    private static final Pattern A_CALL = Pattern.compile("(?:过|个)?(?:他|她|我|你|你们|他们|她们|人家)?的?电话");
    /**
     * 已经关了 is a valve or a switch turned off (over), unless a duration follows: 已经关了二十分钟, 已经关了快00个小时
     * is someone shut in that long (going on). Only this cue: after another RESOLVED cue a duration says how long ago it
     * ended (已经走了半个小时, 出院两天了). Digits are folded to 0 by the {@link Normaliser}; the listed TRAPPED phrases
     * (关了半小时, 关了好久…) cover the rest.
     */
    private static final String SHUT = "已经关了";
    private static final Pattern DURATION = Pattern.compile(
            "(?:快|有|都|将近)?(?:好几|[0零一二两三四五六七八九十几半]{1,4})[个多来把]{0,2}(?:分钟|小时|钟头|天|晚上)");

    /** The phrases of {@link #CUES}, built once: read-only once built, shared with the rules that hold a message down. */
    static final Cues PHRASES = new Cues(CUES);

    private final Cues cues = PHRASES;

    /** 又 or 也 before a danger phrase: the danger happens again, or as well ({@link #namesADangerAgain}). */
    private static final String AGAIN_OR_ALSO = "又也";
    /** How many characters before a danger phrase {@link #AGAIN_OR_ALSO} is looked for: 又有个小孩沉下去 is five. */
    private static final int AGAIN_REACH = 5;
    /**
     * The kind {@link #dangerKinds} gives harm told in words the cue list lacks ({@link #harmUnlisted}); no group of
     * {@link #CUES} has this name.
     */
    static final String HARM = "HARM";
    /** The phrases of the cue list that tell someone struck or buried ({@link #namesSomeoneHarmed}). */
    private static final Set<String> STRUCK = Set.of("砸到", "压到", "被压", "被埋", "埋了");
    /** The group of a cue that frames what follows as no report: a film, a dream, a drill, a forwarded article… */
    private static final String NOT_A_REPORT = "NOTREPORT";

    /** The characters {@link #HARM_UNLISTED} can begin with, looked at first: a quick no for most places in a text. */
    private static final String FIRST_CHARACTER = "(?=[躺都全满一把被撞轧碾砸动底下手娃小孩烧火铁瓦砖玻招广石钢彩])";
    /** A person in {@link #HARM_UNLISTED}, with a count before it (个, 两个, 好几个…), not 人行道 or 人家. */
    private static final String PERSON = "(?:" + SecondMatter.HOW_MANY + "(?:人(?![行家])|娃|小孩|孩子|老人))";
    /**
     * What before a weapon or a fight says it is not happening: denied (没拿, 没有人拿, 不敢拿, 不让…拿) or only feared or
     * threatened (怕他明天拿着镰刀来, 要是他再拿锄头, 放话说要拿铁锹).
     */
    private static final String NOT_HAPPENING = "(?<!没|没有|不|别|莫|未|没人|没有人|不敢|不要|不准|没敢|不让|没能|不会|差点|差一点"
            + "|差点儿|险些|还以为要)"
            + "(?<!(?:怕|担心|万一|要是|如果|假如|扬言|放话|说要|哪天|下次|下回|改天|明天)" + SecondMatter.NOT_PAUSE + "{0,8})";
    /**
     * A weapon or a tool taken up (拿着锄头, 抡起铁锹, 操起板凳, 掏出一把螺丝刀, 锄头都举起来了, 抄家伙): the farm tools and
     * household things of a fight that the cue list's knives and sticks miss. Alone it is as often work (拿着镰刀在田里
     * 割稻子, 拿板凳把井口挡上了), so {@link #FIGHT_WITH_WEAPON} asks for a fight beside it.
     */
    private static final String WEAPON_IN_HAND = NOT_HAPPENING + "(?:(?:拿着|拿起了?|拿出|拿了|拿上|拿|举着|举起了?|抡着"
            + "|抡起了?|抡|挥着|挥起|挥舞着|扛着|扛起|提着|提起|操起|操着|抄起了?|抄着|抄了|掏出|抽出|摸出|亮出|攥着|握着|拎着"
            + "|拎起|抓起|抓着|端着|捡起)(?:[一两几0]?[把根块条个支截])?" + SecondMatter.NOT_PAUSE + "{0,3}?(?:刀|凳|椅子|棍|棒"
            + "|锤|锹|锨|锄|镰|斧|铲|镐|砖|石头|石块|酒瓶|瓶子|叉|耙|钢管|铁管|钢筋|扳手|擀面杖|扁担|链子|剪刀|匕首|拖把|扫把"
            + "|晾衣杆|竹竿|火钳|家伙|枪)|(?:锄头|镰刀|扁担|板凳|凳子|棍子|刀|家伙)(?:都|也|全)(?:举|抡|拿|扛|操|抄|亮)"
            + "(?:起来|出来)|(?:抄|操)家伙)";
    /**
     * A fight breaking out or a blow aimed at someone (打起来, 动起手了, 互相打, 对打, 往他头上, 追着人, 要叉我, 就打谁; not
     * 干起来, 动起手来修 or 互相道歉, which as often start work or make peace): with
     * {@link #WEAPON_IN_HAND} in the same sentence, a fight with a weapon (…打起来了，两个都拿着锄头: set 695's miss, the
     * hundred-and-fifth round).
     */
    private static final String FIGHT = NOT_HAPPENING + "(?:打起来|打起架|干架|打成一团|扭打|扭在一起|(?:动手|动起手来?)(?=了|"
            + SecondMatter.PAUSE + "|$)|动了手|互相(?:打|砍|砸|削|抡|捅|戳|扔|追|撵)|对打|对峙"
            + "|往(?:他|她|我|你|人|对方|那人)" + SecondMatter.NOT_PAUSE + "{0,3}(?:头|脸|身)上|乱砸|乱戳|乱砍|乱挥"
            + "|追(?:着|打|砍)?(?:人|他|她|我|你|一个|那个)|追(?:出来|过来|上来)|堵(?:着|住|在)(?:我|你|他|她|人|门)"
            + "|(?:要|就|想)(?:叉|砍|打|砸|捅|铲|挖|削|劈|敲|弄)(?:死|我|你|他|她|人(?!家)|谁)"
            + "|就(?:打|砍|砸|捅|劈|抡)(?=[了过来去]|" + SecondMatter.PAUSE + "|$))";
    /** The marks that end a sentence, for {@link #FIGHT_WITH_WEAPON} and {@link #fightWithWeapon}. */
    private static final String SENTENCE_ENDS = "。.;；!！?？";
    /** Up to 16 characters within one sentence. */
    private static final String IN_SENTENCE = "[^" + SENTENCE_ENDS + "]{0,16}?";
    /**
     * The characters {@link #FIGHT_WITH_WEAPON} can begin with (a verb of taking up, a tool named first, a word of a
     * fight), looked at first: without it, {@link #NOT_HAPPENING}'s look-behinds were tried at every place of a text, about
     * 95 µs a message against 7.
     */
    private static final String FIGHT_FIRST_CHARACTER = "(?=[拿举抡挥扛提操抄掏抽摸亮攥握拎抓端捡锄镰扁板凳棍刀家打干扭动互对"
            + "往乱追堵要就想])";
    /** A tool taken up and a fight in one sentence, either first, or a tool told raised (锄头都举起来了). */
    private static final Pattern FIGHT_WITH_WEAPON = Pattern.compile(FIGHT_FIRST_CHARACTER + "(?:" + WEAPON_IN_HAND
            + IN_SENTENCE + FIGHT + "|" + FIGHT + IN_SENTENCE + WEAPON_IN_HAND + "|" + NOT_HAPPENING
            + "(?:锄头|镰刀|扁担|板凳|凳子|棍子|刀|家伙)(?:都|也|全)(?:举|抡|亮)(?:起来|出来)了)");
    /**
     * What in the sentence of a fight with a weapon says it is play, a show, a dream or a picture (学孙悟空对打, 台上两个黑脸
     * 抡着棒子对打, 梦里两个人拿着锄头…打起来了, 短视频…拿着扁担在地里扭打): no fight here and now.
     */
    private static final Pattern STAGED = Pattern.compile("演|戏|剧|拍|道具|学|玩|打闹|比赛|较劲|接力|视频|梦|练|节目|台上"
            + "|舞台|武术|太极|杂技|假装|开玩笑|笑话|小品|动画|电视|电影|游戏");

    /**
     * Whether the text tells a fight with a weapon or a tool taken up ({@link #FIGHT_WITH_WEAPON}) in a sentence that does
     * not say it is play, a show, a dream or a picture ({@link #STAGED}).
     */
    private static boolean fightWithWeapon(String normal) {
        Matcher fight = FIGHT_WITH_WEAPON.matcher(normal);
        while (fight.find()) {
            int from = fight.start();
            while (from > 0 && SENTENCE_ENDS.indexOf(normal.charAt(from - 1)) < 0) {
                from--;
            }
            int to = fight.end();
            while (to < normal.length() && SENTENCE_ENDS.indexOf(normal.charAt(to)) < 0) {
                to++;
            }
            if (!STAGED.matcher(normal).region(from, to).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Harm told in words the cue list lacks: {@link #HARM_UNLISTED}, or a fight with a weapon the list does not name
     * ({@link #fightWithWeapon}).
     */
    private static boolean harmUnlisted(String normal) {
        return HARM_UNLISTED.matcher(normal).find() || fightWithWeapon(normal);
    }

    /**
     * Harm told in words the cue list does not hold: someone lying still (人躺着不动。, not 躺着不动耍手机), blood everywhere
     * (地上都是血, not 血丝 or 血汗钱), a person hit by a vehicle (把人撞了, 撞倒个人, 被车撞, not 没撞到人 or 差点被车撞), a
     * knife drawn (有人动了刀), someone pinned or hanging on (底下压着个人, 一只手吊在枝子上), a fire spreading (烧了一大片,
     * 火越烧越大, 火就上了山, 火势在蔓延), something hard flying down or striking a person (铁皮正往下飞, 砸着个人). They are
     * not features of the scorer, which reads the words and the cue list's phrases: they only let {@link #namesDanger}
     * and {@link #dangerKinds} say that a part of a message names a danger (of the kind {@link #HARM}), and
     * {@link TrainedClassifier#scores} reads a part alone only when it does — the part after a bare time word, 还有 or a
     * clause of the writer speaking of now, and the first matter
     * before 另外, 对了 and the like ("绿化带里的树让人砍了好几棵，还有那边路口一台三轮车把人撞了，人躺着不动" reads 0.002
     * whole, its second matter 1.000 alone). In the cue list they would move every message's score; here they move
     * only which parts are read.
     */
    private static final Pattern HARM_UNLISTED = Pattern.compile(FIRST_CHARACTER
            + "(?:躺着不动(?=了|" + SecondMatter.PAUSE + "|$)|(?:都|全|满地|一地|满身|一身)是血(?![汗压管丝水印])"
            + "|(?<!没|没有|未|差点|差一点)(?:把人撞|被车撞|(?:撞[了到着倒飞]|(?:轧|碾)[到着了]|砸[着中]了?)" + PERSON + ")"
            + "|动了刀|动起了?刀|动刀子|(?:底下|下面|下头)压着" + PERSON + "|(?<![把扶拉])手吊在|(?:娃儿?|小孩|孩子)吊在"
            + "|烧了(?:好大|一大)片|火越烧越|火(?:势|就|都|已经|也)?(?:在|正在)?(?:上了山|蔓延)"
            + "|(?:铁皮|瓦|砖|玻璃|招牌|广告牌|石头|钢板|彩钢)" + SecondMatter.NOT_PAUSE + "{0,2}往下飞)");

    /**
     * Whether the normalised text names a danger: a danger phrase of the cue list that names one where it stands
     * ({@link #namesOne}), or harm told in words the list lacks ({@link #harmUnlisted}).
     */
    boolean namesDanger(String normal) {
        List<Cues.Hit> dangers = dangersAmong(cues.hits(normal));
        for (Cues.Hit danger : dangers) {
            if (namesOne(normal, danger, dangers)) {
                return true;
            }
        }
        return harmUnlisted(normal);
    }

    /**
     * Whether the rest of a normalised text, read after a bare time word or from a clause telling a danger going on,
     * names a danger that is news beside the part before it: a kind of danger the part before does not name
     * ({@link #dangerKinds}), a danger told again or as well ({@link #namesADangerAgain}: …好在没砸到人，现在又垮了，砸到人了),
     * or any danger after a part that frames its dangers as no report ({@link #framesNoReport}: 昨晚梦见家里着火了，吓醒了，
     * 今天楼下真着火了) or tells a person harmed ({@link #namesSomeoneHarmed}: …老树倒了，砸到一个人，现在还躺在那里 — who lies
     * there may be the one hit). County-style set 79's "昨天那截堡坎垮了，好在没砸到人，现在上面还有一截悬起的" names none: the
     * same collapse, as it stands now. Each part's phrases are found once.
     */
    boolean namesNewDanger(String before, String rest) {
        List<Cues.Hit> restDangers = dangersAmong(cues.hits(rest));
        Set<String> named = kinds(rest, restDangers);
        if (named.isEmpty()) {
            return false;
        }
        if (toldAgain(rest, restDangers)) {
            return true;
        }
        List<Cues.Hit> beforeHits = cues.hits(before);
        if (framed(beforeHits)) {
            return true;
        }
        List<Cues.Hit> beforeDangers = dangersAmong(beforeHits);
        Set<String> told = kinds(before, beforeDangers);
        return told.contains(HARM) || struck(before, beforeDangers) || !told.containsAll(named);
    }

    /**
     * The kinds of danger the normalised text names: the groups of the danger phrases that name one where they stand
     * ({@link #namesOne}), and {@link #HARM} for harm told in words the cue list lacks ({@link #harmUnlisted}).
     * Empty exactly when {@link #namesDanger} is false.
     */
    Set<String> dangerKinds(String normal) {
        return kinds(normal, dangersAmong(cues.hits(normal)));
    }

    /**
     * Whether the text names a danger told as happening again or as well ({@link #AGAIN_OR_ALSO} a few characters before
     * a danger phrase that names one, in its clause): 现在又垮了, 又有个小孩沉下去了, 刚才又晕倒了 — a new event, whatever
     * was told before it.
     */
    boolean namesADangerAgain(String normal) {
        return toldAgain(normal, dangersAmong(cues.hits(normal)));
    }

    /**
     * Whether the text tells a person harmed or at risk of it: harm told in words the cue list lacks ({@link #harmUnlisted}:
     * 砸着人了, 底下压着个人, 两个都拿着锄头打起来了), or a phrase of someone struck or buried ({@link #STRUCK}: 砸到一个人,
     * 压到一个过路的) that names one where it stands (not 没砸到人).
     */
    boolean namesSomeoneHarmed(String normal) {
        return struck(normal, dangersAmong(cues.hits(normal))) || harmUnlisted(normal);
    }

    /**
     * Whether the text holds a cue of something that is no report (the NOTREPORT group of {@link #CUES}: 电影, 梦, 演练,
     * 转发, 视频…): a danger told in it may be a scene, not an event.
     */
    static boolean framesNoReport(String normal) {
        return framed(PHRASES.hits(normal));
    }

    /** The danger phrases among a text's cue hits. */
    private static List<Cues.Hit> dangersAmong(List<Cues.Hit> hits) {
        return hits.stream().filter(hit -> DANGERS.contains(hit.group())).toList();
    }

    private static Set<String> kinds(String normal, List<Cues.Hit> dangers) {
        Set<String> named = new HashSet<>();
        for (Cues.Hit danger : dangers) {
            if (namesOne(normal, danger, dangers)) {
                named.add(danger.group());
            }
        }
        if (harmUnlisted(normal)) {
            named.add(HARM);
        }
        return named;
    }

    private static boolean toldAgain(String normal, List<Cues.Hit> dangers) {
        int[] clause = clauses(normal);
        for (Cues.Hit danger : dangers) {
            if (namesOne(normal, danger, dangers) && toldAgain(normal, danger, clause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean struck(String normal, List<Cues.Hit> dangers) {
        for (Cues.Hit danger : dangers) {
            if (STRUCK.contains(normal.substring(danger.begin(), danger.end())) && namesOne(normal, danger, dangers)) {
                return true;
            }
        }
        return false;
    }

    private static boolean framed(List<Cues.Hit> hits) {
        return hits.stream().anyMatch(hit -> hit.group().equals(NOT_A_REPORT));
    }

    private static boolean toldAgain(String normal, Cues.Hit danger, int[] clause) {
        int where = clause[danger.begin()];
        for (int i = danger.begin() - 1; i >= Math.max(0, danger.begin() - AGAIN_REACH) && clause[i] == where; i--) {
            if (AGAIN_OR_ALSO.indexOf(normal.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a fight's phrase ends in a 打 that dials ({@link #A_CALL}): 现在打他电话也不接了 is no fight. */
    private static boolean aCall(String normal, Cues.Hit danger) {
        return danger.group().equals("VIOLENCE") && normal.charAt(danger.end() - 1) == '打'
                && A_CALL.matcher(normal).region(danger.end(), normal.length()).lookingAt();
    }

    /**
     * Whether a danger phrase names a danger where it stands: it is not denied right before it (现在还没人掉进去), nor
     * inside a phrase that is (目前没冒火花: 火花 inside the denied 冒火); it is not a fight's 打 that dials
     * (现在打他电话也不接了, {@link #A_CALL}); it is not only feared, a word of what may come before it in its clause
     * (万一哪天着火了; 要是再下雨，一楼就淹了 is read, the condition being a clause of its own).
     */
    private static boolean namesOne(String normal, Cues.Hit danger, List<Cues.Hit> dangers) {
        int at = danger.begin();
        if (deniedRightBefore(normal, at) || aCall(normal, danger)
                || FEARED.matcher(normal).region(SecondMatter.clauseStart(normal, at), at).find()) {
            return false;
        }
        for (Cues.Hit other : dangers) {
            if (other.begin() < at && at < other.end() && deniedRightBefore(normal, other.begin())) {
                return false;
            }
        }
        return true;
    }

    private static boolean deniedRightBefore(String normal, int at) {
        return DENIED.matcher(normal).region(Math.max(0, at - DENIAL_REACH), at).useTransparentBounds(true).find();
    }

    List<String> of(String normal, List<String> words) {
        int[] clause = clauses(normal);
        int[] word = wordIndex(normal, words);
        // The phrases found, then read in their message: denials, time cues and figures that are not what they seem
        // dropped, and the cues that make a danger only together (gone again, a live light in water, a farewell and
        // silence) combined.
        List<Cues.Hit> hits = withoutQuestionsAsDenials(normal, cues.hits(normal));
        hits = notYetOverIsNow(normal, withoutCuesInsideDangers(normal, hits));
        hits = goneAgainIsMissingNow(hits);
        hits = liveInWaterIsDanger(hits, clause);
        hits = silenceWithAFarewellIsDanger(normal, hits);
        Set<String> features = new LinkedHashSet<>();
        String lastTime = "NONE";
        Cues.Hit lastDanger = null;
        String lastDangerTime = "NONE";
        for (Cues.Hit hit : hits) {
            String group = hit.group();
            if (TIMES.contains(group)) {
                lastTime = group;
            } else if (DANGERS.contains(group)) {
                place(normal, hit, lastTime, hits, clause, word, features);
                lastDanger = hit;
                lastDangerTime = lastTime;
            }
            if (!DANGERS.contains(group) && !group.equals("NEG")) {
                features.add("m:" + group);
            }
        }
        if (lastDanger == null) {
            features.add("d:none");
        } else {
            features.add("last@" + lastDangerTime);
            int dangerClause = clause[lastDanger.begin()];
            for (Cues.Hit hit : hits) {
                if (FRAMES.contains(hit.group())) {
                    features.add("m:" + hit.group() + (clause[hit.begin()] < dangerClause ? "@before" : "@with"));
                }
            }
            for (Cues.Hit hit : hits) {
                if (hit.begin() >= lastDanger.end() && (hit.group().equals("RESOLVED") || hit.group().equals("PAST")
                        || hit.group().equals("FUTURE"))) {
                    features.add("last-then:" + hit.group());
                }
            }
        }
        return new ArrayList<>(features);
    }

    private static void place(String normal, Cues.Hit danger, String time, List<Cues.Hit> hits, int[] clause,
            int[] word, Set<String> features) {
        String g = danger.group();
        int where = clause[danger.begin()];
        features.add("d:" + g);
        features.add("d:" + g + "@" + time);
        features.add("d@" + time);
        features.add("p:" + normal.substring(danger.begin(), danger.end()));
        if (progressive(normal, danger, clause)) {
            features.add("d:" + g + "@prog");
            features.add("d@prog");
        }
        if (again(normal, danger, clause)) {
            features.add("d:" + g + "@again");
            features.add("d@again");
        }
        for (Cues.Hit other : hits) {
            if (other.group().equals("RESOLVED") && other.begin() >= danger.end() && clause[other.begin()] != where) {
                features.add("d:" + g + "@later:RESOLVED");
                features.add("d@later:RESOLVED");
            }
            boolean sameClause = clause[other.begin()] == where;
            if (other.group().equals("PEOPLE") && other != danger
                    && Math.abs(clause[other.begin()] - where) == 1) {
                features.add("d@who-near");
                features.add("d:" + g + "@who");
            }
            if (other.group().equals("ASK") && Math.abs(clause[other.begin()] - where) <= 1) {
                features.add("d@asked");
                features.add("d:" + g + "@asked");
            }
            if (other.group().equals("NEAR") && Math.abs(clause[other.begin()] - where) <= 1) {
                features.add("d:" + g + "@near");
                features.add("d@near");
            }
            if (other.group().equals("NOBODY") && Math.abs(clause[other.begin()] - where) <= 1) {
                features.add("d:" + g + "@nobody");
                features.add("d@nobody");
            }
            if (!sameClause || other == danger) {
                continue;
            }
            switch (other.group()) {
                case "NEG" -> {
                    int before = word[danger.begin()] - word[other.begin()];
                    if (other.end() <= danger.begin() && before >= 1 && before <= NEGATION_WORDS) {
                        features.add("d:" + g + "@neg");
                        features.add("d@neg");
                    }
                }
                case "FIG" -> {
                    features.add("d:" + g + "@fig");
                    features.add("d@fig");
                }
                case "PEOPLE" -> {
                    features.add("d@who");
                    features.add("d:" + g + "@who");
                }
                case "PAST", "RESOLVED", "FUTURE", "NOW" -> {
                    if (other.begin() >= danger.end()) {
                        features.add("d@then:" + other.group());
                    }
                }
                default -> {
                }
            }
        }
    }

    /**
     * Whether the danger is told as going on: the progressive 在 (在冒烟, 在往下掉, 还在涨) in the phrase or in the
     * few characters before it within its clause, or the Sichuan durative 起/着 right after it (倒起的, 关起了). A 在
     * that ends the phrase says where, not that it goes on (压在电线上, 倒在地上).
     */
    private static boolean progressive(String normal, Cues.Hit danger, int[] clause) {
        int where = clause[danger.begin()];
        for (int i = danger.begin(); i < danger.end() - 1; i++) {
            if (normal.charAt(i) == '在') {
                return true;
            }
        }
        for (int i = danger.begin() - 1; i >= Math.max(0, danger.begin() - PROGRESSIVE_REACH) && clause[i] == where; i--) {
            if (normal.charAt(i) == '在' && (i == 0 || normal.charAt(i - 1) != '现')) {
                return true;
            }
        }
        int after = danger.end();
        return after < normal.length() && clause[after] == where
                && (normal.charAt(after) == '起' || normal.charAt(after) == '着');
    }

    /** Whether the danger is told as happening again: 又 just before it in its clause (又在冒烟, 又摔了, 又漏了). */
    private static boolean again(String normal, Cues.Hit danger, int[] clause) {
        int where = clause[danger.begin()];
        for (int i = danger.begin() - 1; i >= Math.max(0, danger.begin() - PROGRESSIVE_REACH) && clause[i] == where; i--) {
            if (normal.charAt(i) == '又') {
                return true;
            }
        }
        return false;
    }

    /**
     * The hits less the time cues and figures of speech that are part of a danger phrase. A time cue that shares
     * characters with a danger phrase without starting with it: in 晕过去了 the RESOLVED cue 过去了 is part of the danger
     * 晕过去, and in 已经关了半小时 the RESOLVED cue 已经关了 is part of 关了半小时 (shut in for half an hour) — neither
     * says that it is over. A figure of speech that starts inside a danger phrase: in 爆炸了 the figure 炸了 (群里都炸了, an
     * uproar) is the explosion itself. One that starts before the danger phrase stays a figure: 像着火, 渴得冒烟; so does
     * a hyperbole with 死, which is always one: in 差点没气死我 the figure 气死 starts inside the danger 没气.
     */
    private static List<Cues.Hit> withoutCuesInsideDangers(String normal, List<Cues.Hit> hits) {
        List<Cues.Hit> kept = new ArrayList<>(hits.size());
        for (Cues.Hit hit : hits) {
            if (!timeInsideADanger(hit, hits) && !figureInsideADanger(normal, hit, hits)) {
                kept.add(hit);
            }
        }
        return kept;
    }

    private static boolean timeInsideADanger(Cues.Hit hit, List<Cues.Hit> hits) {
        return TIMES.contains(hit.group()) && hits.stream().anyMatch(d -> DANGERS.contains(d.group())
                && hit.begin() < d.end() && d.begin() < hit.end() && hit.begin() != d.begin());
    }

    private static boolean figureInsideADanger(String normal, Cues.Hit hit, List<Cues.Hit> hits) {
        return hit.group().equals("FIG") && normal.substring(hit.begin(), hit.end()).indexOf('死') < 0
                && hits.stream().anyMatch(d -> DANGERS.contains(d.group()) && d.begin() < hit.begin() && hit.begin() < d.end());
    }

    /**
     * The hits with every RESOLVED cue that is denied (还没捞起来, 没救出来, 火还没灭), and 已经关了 followed by a
     * duration (已经关了二十分钟: shut in, not switched off), read as NOW: they are going on.
     */
    private static List<Cues.Hit> notYetOverIsNow(String normal, List<Cues.Hit> hits) {
        List<Cues.Hit> read = new ArrayList<>(hits.size());
        for (Cues.Hit hit : hits) {
            boolean goingOn = hit.group().equals("RESOLVED") && (denied(normal, hit) || shutForAWhile(normal, hit));
            read.add(goingOn ? new Cues.Hit(hit.begin(), hit.end(), "NOW") : hit);
        }
        return read;
    }

    /**
     * The hits with every GONE_AGAIN cue (又不见了, 又没影了, 又走丢…) read as a person missing now — a NOW cue on its 又,
     * then a SELFHARM danger — when a person missing (SELFHARM) is told before it: "去年我爸走丢过一次,后来找回来了。今天
     * 又不见了" is the father gone again, though the first danger is told as over and found. Without a person missing
     * before it the cue is dropped: a cat, a parcel or a manhole cover 又不见了 is no emergency.
     */
    private static List<Cues.Hit> goneAgainIsMissingNow(List<Cues.Hit> hits) {
        List<Cues.Hit> read = new ArrayList<>(hits.size() + 1);
        boolean missing = false;
        for (Cues.Hit hit : hits) {
            if (!hit.group().equals(GONE_AGAIN)) {
                read.add(hit);
                missing |= hit.group().equals("SELFHARM");
            } else if (missing) {
                read.add(new Cues.Hit(hit.begin(), hit.begin() + 1, "NOW"));
                read.add(new Cues.Hit(hit.begin() + 1, hit.end(), "SELFHARM"));
            }
        }
        return read;
    }

    /**
     * The hits with every LIVE cue (灯还亮着, 在滋滋响) read as a FIRE danger when water leaks (LEAK: 漏水, 往下滴) in its
     * clause or in the one before or after it: "楼上漏水顺着吊灯往下流,灯还亮着" is water through a live lamp. LEAK cues,
     * and LIVE ones with no water near, are dropped: a leak alone is a neighbours' matter, a light left on a waste of
     * power.
     */
    private static List<Cues.Hit> liveInWaterIsDanger(List<Cues.Hit> hits, int[] clause) {
        List<Cues.Hit> read = new ArrayList<>(hits.size());
        for (Cues.Hit hit : hits) {
            if (hit.group().equals(LIVE) && hits.stream().anyMatch(h -> h.group().equals(LEAK)
                    && Math.abs(clause[h.begin()] - clause[hit.begin()]) <= 1)) {
                read.add(new Cues.Hit(hit.begin(), hit.end(), "FIRE"));
            } else if (!hit.group().equals(LIVE) && !hit.group().equals(LEAK)) {
                read.add(hit);
            }
        }
        return read;
    }

    /**
     * The hits with every SILENT cue (关机, 打不通, 联系不上) read as a person in danger now — a NOW cue, then a SELFHARM
     * danger — when the message also tells a farewell (FAREWELL: 自己保重, 别等我, 下辈子), before or after it, and names a
     * person (a PEOPLE cue, which is broad: 我妈 and 有个 count): "邻居阿叔在朋友圈发了一句以后你们自己保重,打他电话一直
     * 关机" is a man who may harm himself, though the farewell is a quoted post and its 以后 a future. With nobody named
     * the writer is taking leave ("我要出差一个月,大家自己保重,电话可能打不通"), and so is a silence only foreseen
     * ({@link #FORESEEN} just before it: "我和老公去旅游了,大家自己保重,手机可能关机"). The farewell itself and a silence
     * without one (手机没电关机了, 物业电话打不通) are dropped.
     */
    private static List<Cues.Hit> silenceWithAFarewellIsDanger(String normal, List<Cues.Hit> hits) {
        boolean farewell = hits.stream().anyMatch(h -> h.group().equals(FAREWELL))
                && hits.stream().anyMatch(h -> h.group().equals("PEOPLE"));
        List<Cues.Hit> read = new ArrayList<>(hits.size() + 1);
        for (Cues.Hit hit : hits) {
            if (hit.group().equals(SILENT) && farewell && !FORESEEN.matcher(normal)
                    .region(Math.max(0, hit.begin() - FORESEEN_REACH), hit.begin()).find()) {
                read.add(new Cues.Hit(hit.begin(), hit.begin() + 1, "NOW"));
                read.add(new Cues.Hit(hit.begin(), hit.end(), "SELFHARM"));
            } else if (!hit.group().equals(SILENT) && !hit.group().equals(FAREWELL)) {
                read.add(hit);
            }
        }
        return read;
    }

    /**
     * The hits less the denials that are half of a yes-or-no question (是不是, 有没有, 能不能): "是不是中毒了" asks whether it
     * is poisoning, it does not deny it, and "不知道有没有人在里面" does not say that nobody is inside. The same character
     * on both sides of 不 or 没 makes the question; a denial (NEG) or a "nobody" (NOBODY: 没有人在) that starts there is
     * dropped.
     */
    private static List<Cues.Hit> withoutQuestionsAsDenials(String normal, List<Cues.Hit> hits) {
        List<Cues.Hit> kept = new ArrayList<>(hits.size());
        for (Cues.Hit hit : hits) {
            int at = hit.begin();
            boolean denial = hit.group().equals("NEG") || hit.group().equals("NOBODY");
            boolean question = denial && at > 0 && at + 1 < normal.length() && "不没".indexOf(normal.charAt(at)) >= 0
                    && normal.charAt(at - 1) == normal.charAt(at + 1);
            if (!question) {
                kept.add(hit);
            }
        }
        return kept;
    }

    private static boolean denied(String normal, Cues.Hit resolved) {
        return NOT_YET.matcher(normal).region(Math.max(0, resolved.begin() - NOT_YET_REACH), resolved.begin()).find();
    }

    private static boolean shutForAWhile(String normal, Cues.Hit resolved) {
        return SHUT.contentEquals(normal.subSequence(resolved.begin(), resolved.end()))
                && DURATION.matcher(normal).region(resolved.end(), normal.length()).lookingAt();
    }

    /** The clause number of every character: clauses end at punctuation and spaces. */
    private static int[] clauses(String normal) {
        int[] clause = new int[normal.length() + 1];
        int n = 0;
        for (int i = 0; i < normal.length(); i++) {
            int cp = normal.charAt(i);
            boolean separator = !Character.isLetterOrDigit(cp) && Character.getType(cp) != Character.OTHER_SYMBOL
                    && Character.getType(cp) != Character.SURROGATE;
            if (separator && i > 0 && clause[i - 1] == n) {
                n++;
            }
            clause[i] = n;
        }
        clause[normal.length()] = n;
        return clause;
    }

    /** The index of the HanLP word each character belongs to (the segmenter drops punctuation and spaces). */
    private static int[] wordIndex(String normal, List<String> words) {
        int[] index = new int[normal.length() + 1];
        int at = 0;
        for (int w = 0; w < words.size(); w++) {
            int start = normal.indexOf(words.get(w), at);
            if (start < 0) {
                continue;
            }
            for (int i = at; i < start + words.get(w).length(); i++) {
                index[i] = w;
            }
            at = start + words.get(w).length();
        }
        for (int i = at; i <= normal.length(); i++) {
            index[i] = words.size();
        }
        return index;
    }
}
