package cn.gridbot.classify;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message that the README's labelling rules keep out of EMERGENCY although its words (倒了, 躺在地上, 垮了) are the
 * danger phrases of a person down or a structure giving way: a thing that has fallen and lies still or blocks a way is
 * the thing to clear, MUNICIPAL or GREENERY ("公交站的站牌倒了 躺在地上", "竹子倒下来把半边路堵了，车子过不去",
 * "路口的指路牌被车撞倒了，躺在地上好几天"). Such a message is held: no alarm, but its reply still says what to do if someone
 * is in danger, and its event is flagged for a check ({@link TrainedClassifier}).
 *
 * <p>No list of the ways to name a person, a hurt or a second danger is whole (小朋友压在下面, 砸了个过路的阿伯头破了, 白车过不去,
 * 把煤气管道砸断了), so the message is read as a closed grammar: every clause, split at punctuation and spaces, must be
 * <em>wholly</em> one of a few kinds — the thing falling (a place, the thing, what felled it, the fall, and where it
 * lies or what way it blocks), where it lies, nobody hurt, ordinary traffic held up or going round, nobody come to clear
 * it, how long it has lain, a request to clear it, a time, a township or estate, a light out — and a clause with
 * anything more is not read as one of them. The words before the thing and before where it lies may only be a place:
 * no person, verb or second hazard among them. On top of that, a message is not held with any character but Chinese,
 * the digit 0 and punctuation (an emoji, a letter), any word of a person or a danger anywhere, something under or
 * inside the thing, or a danger phrase or a person of emergency-cues.tsv but the thing's own fall.
 */
final class HazardAtRest {

    /**
     * What can fall and lie in the way without anyone inside or under it: a tree, a branch or bamboo, a sign, a barrier,
     * a banner, a solar street light. Not a wall, a pillar, a scaffold, a kiosk, a shelter or a building, whose fall is
     * a collapse; not a rail or guardrail, which stands by water, a drop or a fast road; not a mains street light or a
     * bare pole, which may carry a live wire; not a single character that ends a name (二柱子, 桂枝, 二丫, 王亭). A tree may
     * have its kind before it, from a closed list (老槐树, 桂花树; not 王大树, a name).
     */
    private static final String THING = "(?:树枝|树杈|树丫|树桠|枝子|枝桠|枝丫|(?:大|小|老|枯|歪脖子|老槐|槐|柳|杨|白杨|松|柏"
            + "|香樟|樟|桂花|梧桐|银杏|榕|桉|杉|桃|梨|枣|黄桷|核桃|柿子|泡桐|椿|榆|桑|枫)?树|竹子|竹林|指路牌|路名牌|路牌|公交站牌"
            + "|站牌|广告牌|标志牌|宣传牌|宣传栏|指示牌|牌子|围挡|路障|横幅|太阳能路灯|旗杆|限高杆)[子儿]?";
    /**
     * The free words before the thing, a surface or a way (交叉路口那个, 千佛岩下面的, 村委会旁边那盏): each such slot is a
     * capturing group, and its words must be a place. Not when a person, a body, a vehicle, a building or a work, a
     * verb of something happening or a hazard of its own is among them (阿伯家门口的, 路人身上, 公交车顶上, 宿舍楼的, 大桥的,
     * 压断了老王腿的, 山洪冲下来的, 00千伏的, 送产妇的), nor a fast road, a level crossing, a camp or a crowded market
     * (高架的, 道口的, 露营地的, 早市的).
     */
    private static final String PLACE_WORDS = "([\\x{4E00}-\\x{9FFF}0]{0,14}?)";
    private static final Pattern NOT_A_PLACE = Pattern.compile("[在有压倒趴躺爬掉砸被把打撞摔跌晕死伤血让给遭叫喊哭了住睡送追"
            + "轧碾震冲垮塌断翻困埋淹焰祸伏身腿背顶楼桥矿井坑坝堤隧]|人(?!行道)|头上|高压|变压|箱变|配变|电|气|油|铁|轨|道岔|复兴"
            + "|高速|国道|车|屋|房|灶|家|宿舍|教室|学校|幼儿园|医院|工地|工棚|舞台|看台|戏台|市场|商场|宾馆|酒店|学生|娃|孩|崽|婆"
            + "|爷|奶|阿|伯|舅|孙|爸|妈|哥|姐|弟|妹|男|女|他|她|我|你|俺|咱|侬|渠|阮|囡|仔|倌|嬢|豆|老[王李张刘陈杨赵黄周吴子者公]"
            + "|工友|干活|保安|环卫|外卖|村民|居民|老乡|邻居|路人|过路|师傅|司机|产妇|中风|骨折|泥石流|山洪|洪水|地震|塌方|追尾"
            + "|营|道口|高架|匝道|快速|环城|省道|跑道|航道|索道|栈道|集市|早市|夜市|庙会|赶集|赶场");
    /**
     * The free words before a surface or a way: none, or a place ending in 的 (小区的车道), so that they cannot make a
     * compound with it (养老院, 露营地, 超车道, 索道, 管道).
     */
    private static final String BEFORE_WAY = "(?:" + PLACE_WORDS + "的)?";
    /** Where the free words before the thing end: a particle or a counter (路口的, 那个, 一丛), never straight onto it. */
    private static final String BEFORE_THING = "(?:的|那|这|个|棵|根|块|盏|排|丛|片|株)";
    /**
     * Where a fallen thing lies: the ground, a road or path, a field, a bed of plants. Not water, a ditch or a slope,
     * which may be someone's way to harm (a river, a flood channel, a pole in standing water), nor a yard (院, which
     * words before it turn into 养老院).
     */
    private static final String SURFACE = "(?:地|路|马路|道|街|巷|人行道|步道|车道|草|田|坎|花坛|绿化带|路口|路中间|路边|路上)";
    /**
     * A way a fallen thing blocks: a road, path or lane; not a door or an exit, behind which people may be, nor a river
     * or a flood channel, which may flood.
     */
    private static final String WAY = "(?:路|马路|道|巷|巷子|人行道|步道|车道|小路|路口|机耕道|村道|山路)";
    /** What felled it, then the fall: 被风刮倒了, 遭车撞倒了, 吹垮了, 被雷劈断了, 倒下来, 断了一截, 倒咗 (倒左 once normalised). */
    private static final String FELL = "(?:(?:被|遭|让)?(?:大风|风|车|雷|雪|暴雨|雨|台风|货车|大车)?(?:吹|刮|撞|劈|压|扯)?"
            + "(?:倒|断|垮|塌|翻)(?:了|掉了|下来了?|下来|左|落来)?(?:一截|一根|一段|一片|一半|一块|一角|一大块|一大截|一小段"
            + "|几根|好几根|好多|一大片|半边|两根)?了?)";
    /**
     * Lying on a surface (躺在地上, 横在步道上, 倒在田里, 压在车道上, 躺起的), or there, where the thing fell (还躺在那点, 树倒在那儿了;
     * not 压在那点, which may have someone under it), or blocking a way (把半边路堵了, 挡了路).
     */
    private static final String LIES = "(?:(?:好几天|几天|一个月)?了?(?:现在|还|都|已经|一直|整个|就){0,3}(?:(?:躺|横|倒|压)(?:在|到)"
            + BEFORE_WAY + SURFACE + "(?:上|里|头|中间|边|边上|那儿|那里)?了?|(?:躺|横|倒)在(?:那儿|那里|那点|那边|原地)了?"
            + "|躺起的?|在地上躺起|把(?:半边|一半|整条)?" + BEFORE_WAY
            + WAY + "(?:给)?(?:挡|堵)(?:了|住了|到了|死了|起了)|(?:挡|堵)(?:了|住了?|到了?|伫|左|起了)(?:半边|一半)?" + BEFORE_WAY
            + WAY + "(?:了)?)(?:好几天|几天|两天|一个月)?了?)";
    /** The thing fallen, in one clause, with where it lies or what it blocks after it if told there. */
    private static final Pattern FALL_CLAUSE = Pattern.compile("(?:(?:" + PLACE_WORDS + BEFORE_THING + ")?" + THING + "(?:"
            + FELL + "(?:" + LIES + ")?|" + LIES + ")|" + PLACE_WORDS + "(?:路边|边上|旁边|路口|路上|山上|坡上|田里|田边|林里"
            + "|林边|公园里|村口|河边|道边|路旁)(?:倒|断)了(?:一棵|一根|几棵|好几棵|一丛|一排|一片|一株)" + THING + "(?:" + LIES
            + ")?)");
    /** Nobody hurt: 没砸到人, 没砸着人, 人倒没事, 好在没人, 幸好当时没人. */
    private static final Pattern NOBODY_CLAUSE = Pattern.compile("(?:好在|幸好|还好|当时){0,2}(?:(?:没|没有)(?:砸|伤|压|打)[到着]人"
            + "|人倒?都?没事|没(?:有|得)?人受伤|(?:当时)?没(?:有|得)?人|莫得人)了?");
    /** Ordinary traffic: the vehicles that may be held up by a fallen thing. */
    private static final String VEHICLE = "(?:车子?|车辆|小车|电动车|电瓶车|摩托车?|三轮车?|拖拉机|公交车?|货车|垃圾车)";
    /** Ordinary traffic held up or going round: 车子过不去, 电动车不好过, 早上都绕着走, 外地人都找不到路. */
    private static final Pattern HELD_UP_CLAUSE = Pattern.compile("(?:早上|现在)?(?:" + VEHICLE + "(?:都|也|只能|只好|要)?"
            + "(?:进不来|出不去|开不过去|不好过|过不了)|" + VEHICLE + "?(?:都|也|只能|只好|要)?(?:过不去|绕着?走|绕路走?"
            + "|绕道|走不通|走不过去))|(?:行人|大家)(?:都|只能|只好)?(?:绕着?走|绕路走?|绕道)"
            + "|外地人(?:都|老是)?找不到路");
    /** How long it has lain: 好几天, 两天, 半个月. */
    private static final String SPAN = "好几天|几天|两天|三天|一个月|半个月|好久|一周|一个星期";
    /** Nobody has come to clear it: 还没人来锯, 没人管, 没人收拾 (收十 once normalised), 好几天了没人管. */
    private static final Pattern NOT_CLEARED_CLAUSE = Pattern.compile("(?:已经|都)?(?:" + SPAN + ")?了?(?:还|都|也)?(?:没|没有)人"
            + "(?:来)?(?:管|收十|处理|弄|锯|修|清理)|(?:已经|都)?(?:" + SPAN + ")了?");
    /** A request to clear it: 麻烦来扶一下, 请安排修, 能不能派人来弄一下, 麻烦嚟清理下, 明天能来锯吗, 啥时候能来整. */
    private static final Pattern REQUEST_CLAUSE = Pattern.compile("(?:请|麻烦|能不能|能否|可不可以|希望|尽快|早点|明天"
            + "|啥时候|什么时候)?(?:你们|物业)?(?:能)?(?:派人|找人|安排人?|喊人|叫人)?(?:来|过来|嚟)?(?:锯|清理|处理|弄|整"
            + "|收十|修|扶|拖走|搬走|清走|砍|换)(?:一下|下|掉|走|起来)?(?:吗|嘛|哈|哦|呢)?");
    /** A time or the weather alone: 昨晚风大, 暴雨过后, 昨天晚上的风. */
    private static final Pattern TIME_CLAUSE = Pattern.compile("(?:昨天|昨晚|昨夜|前天|前晚|前几天|前两天|今天|今早|早上"
            + "|刚才|刚刚|上午|下午|晚上|半夜|夜里)?(?:晚上|夜里)?的?(?:大风|风大|暴雨|下大雨|暴雨过后|台风过后|刮风|风)?");
    /** A township, village or estate alone: 南泉镇, 青龙村. */
    private static final Pattern PLACE_CLAUSE = Pattern.compile("([\\x{4E00}-\\x{9FFF}&&[^的了]]{2,4})(?:镇|乡|村|组|街道|社区|小区)");
    /** A light that no longer works: 灯早就不亮了. */
    private static final Pattern LIGHT_OUT_CLAUSE = Pattern.compile("(?:路)?灯(?:早就|也|都)?不亮了?");
    /** Where it lies, with the traffic held up or nobody come to clear it after it (压在步道上走不通, 还倒在那点没人收拾). */
    private static final Pattern LYING_CLAUSE = Pattern.compile(LIES + "(?:" + HELD_UP_CLAUSE.pattern() + "|"
            + NOT_CLEARED_CLAUSE.pattern() + ")?");
    /** The clause kinds with no free words of their own. */
    private static final Pattern[] KNOWN = {NOBODY_CLAUSE, HELD_UP_CLAUSE, NOT_CLEARED_CLAUSE, REQUEST_CLAUSE,
        TIME_CLAUSE, LIGHT_OUT_CLAUSE};
    private static final Pattern CLAUSES = Pattern.compile("[，,。.！!？?；;：:、~～…\\s]+");
    /** Anything but Chinese characters, the digit 0 (every digit, normalised) and punctuation: an emoji, a letter. */
    private static final Pattern NOT_PLAIN = Pattern.compile("[^\\x{4E00}-\\x{9FFF}0，,。.！!？?；;：:、~～…\\s]");
    /** Where a fallen thing lies or what it blocks, somewhere in the message. */
    private static final Pattern LYING_SOMEWHERE = Pattern.compile("(?:躺|横|倒|压)(?:在|到)|躺起|挡|堵|过不去|进不来"
            + "|绕着?走|绕路|绕道|走不通|找不到路|没人(?:来)?(?:管|收十|处理|弄|锯|修|清理)");
    /**
     * A word of a person or of a danger going on, anywhere (the pavement, 人行道, and nobody hurt, 没砸到人, set aside first):
     * besides the grammar, a second guard against a person, a hotline spoken (幺二零, 么两洞, 壹贰零), help awaited, a
     * hazard left by the fall.
     */
    private static final Pattern AT_RISK = Pattern.compile("人|娃|孩|崽|伢|婆|爷|奶|姨|姐|哥|弟|妹|叔|婶|阿|伯|舅|孙|伙"
            + "|男|女|生|孕|囝|细路|老铁|幺儿|毛毛|毛头|大娘|大爷|大妈|老辈|老人|老太|老头|老汉|客|员|友|师傅|司机|他|她|佢|伊"
            + "|爸|妈|宝|婴|儿子|女儿|老公|老婆|媳妇|老师|病|医|救|急|快|命|警|消防|白车|云梯|卫生|接生|电|线|火|烟|冒|烧|闪|气|味|油|血|伤|死|压了|砸|撞上|撞到"
            + "|翻车|摔|掉|裂|鼓|漏|淹|涨|漫|爆|炸|响|还在|在动|跟着|马上|眼看|随时|要倒|往下|校车|列车|动车|铁|高速|国道"
            + "|屋|房|灶|狗|猫|牛|羊|猪|鸡|鸭|鹅|畜|禽|马(?![路湖])|[么幺一壹要妖][二两贰么幺一壹][零洞〇九玖]" + "|"
            + NobodyAtRiskNow.CALL);
    private static final Pattern SET_ASIDE = Pattern.compile("(?<![\\x{4E00}-\\x{9FFF}&&[^的在到上了把]])人行(?:横)?道"
            + "|(?:没|没有)(?:砸|伤|压|打)[到着]人|人倒?都?没事|没(?:有|得)?人受伤|(?:没|没有)人(?:来)?(?:管|收十|处理|弄|锯|修|清理)"
            + "|(?:当时)?没(?:有|得)?人(?=$|[，,。\\s])|派人|找人|安排人|喊人|叫人|外地人|行人|电动车|电瓶车");
    /**
     * A thing knocked down by a vehicle (被车撞倒了): a crash, whose driver or passers-by may be hurt, unless it is told
     * as days or more ago (路口的指路牌被车撞倒了，躺在地上好几天).
     */
    private static final Pattern CRASHED = Pattern.compile("撞");
    private static final Pattern DAYS_AGO = Pattern.compile(SPAN + "|昨天|前天|上周|前几天|前两天");
    /** Something or someone under or inside the thing: 下面, 底下, 树下, 下边, 里面, 屋里, 车里 (not 千佛岩下面的). */
    private static final Pattern UNDER = Pattern.compile("(?:下面|底下|下头|下底|下边|下方|树下|里面|里头|里边|屋里|屋头"
            + "|车里|车内|车子里|坎脚)(?!的)");
    /** The danger phrases of emergency-cues.tsv a thing's own fall may match; 压在 only before a surface. */
    private static final Set<String> THINGS_OWN = Set.of("倒在", "倒地", "倒起", "倒了", "倒下", "躺在地上", "躺在路", "还躺在",
            "躺起", "垮了", "塌了", "倒塌", "压在", "垮了一半");
    private static final Pattern ON_A_SURFACE = Pattern.compile(PLACE_WORDS + SURFACE);

    private HazardAtRest() {
    }

    /** Whether the normalised text tells a thing fallen and lying still or in the way, and nothing else. */
    static boolean told(String normal) {
        return normal.length() < Normaliser.MAX_CHARS && fallenAndLying(normal);
    }

    static boolean fallenAndLying(String normal) {
        if (NOT_PLAIN.matcher(normal).find() || !LYING_SOMEWHERE.matcher(normal).find()
                || CRASHED.matcher(normal).find() && !DAYS_AGO.matcher(normal).find()
                || AT_RISK.matcher(SET_ASIDE.matcher(normal).replaceAll("")).find() || UNDER.matcher(normal).find()) {
            return false;
        }
        boolean fell = false;
        for (String clause : CLAUSES.split(normal)) {
            if (clause.isEmpty()) {
                continue;
            }
            if (fallClause(clause)) {
                fell = true;
            } else if (!known(clause)) {
                return false;
            }
        }
        return fell && EmergencyFeatures.PHRASES.hits(normal).stream()
                .filter(hit -> NobodyAtRiskNow.WATCHED.contains(hit.group()) || hit.group().equals("PEOPLE"))
                .allMatch(hit -> thingsOwn(hit, normal));
    }

    private static boolean fallClause(String clause) {
        return placesOnly(FALL_CLAUSE.matcher(clause));
    }

    private static boolean known(String clause) {
        if (placesOnly(LYING_CLAUSE.matcher(clause)) || placesOnly(PLACE_CLAUSE.matcher(clause))) {
            return true;
        }
        for (Pattern kind : KNOWN) {
            if (kind.matcher(clause).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the grammar matches the whole clause and every one of its free slots (its groups) names only a place. */
    private static boolean placesOnly(Matcher clause) {
        if (!clause.matches()) {
            return false;
        }
        for (int slot = 1; slot <= clause.groupCount(); slot++) {
            String words = clause.group(slot);
            if (words != null && NOT_A_PLACE.matcher(words).find()) {
                return false;
            }
        }
        return true;
    }

    private static boolean thingsOwn(Cues.Hit hit, String normal) {
        String phrase = normal.substring(hit.begin(), hit.end());
        return THINGS_OWN.contains(phrase)
                && (!phrase.equals("压在") || ON_A_SURFACE.matcher(normal).region(hit.end(), normal.length()).lookingAt());
    }
}
