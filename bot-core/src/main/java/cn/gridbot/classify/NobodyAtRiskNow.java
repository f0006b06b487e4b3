package cn.gridbot.classify;

import java.util.regex.Pattern;

/**
 * Three kinds of message that the README's labelling rules keep out of EMERGENCY although their words read as a danger
 * now: theft without violence stays PUBLIC_ORDER even while it happens ("有人正在撬我隔壁的门，隔壁屋头没人",
 * "超市里有个人正在往衣服里头塞东西"); a fight that is over is PUBLIC_ORDER ("楼下两个人动起手来了，刚被旁边的人拉开，现在各自
 * 走了"); a gas smell that has gone is the hazard left to act on, SAFETY ("刚才闻到一股煤气味，开窗后现在没有了，但想请人来查一下
 * 管子"). A message that tells one of them, and none of the words of a person hurt or at risk, a weapon or the danger
 * going on, is no emergency, whatever the scorer made of its present tense; its reply still says what to do if
 * someone is in danger, and its event is flagged for a check.
 */
final class NobodyAtRiskNow {

    /**
     * A call to 110, 120 or 119 made, asked for or awaited (叫了120, 打了个110, 在等120, 给120打了电话, 120已经来了, 被120拉走了),
     * as the normaliser leaves it: every digit 0. A bare 000 is any house number or sum of money, so the call is read
     * only beside a word of calling, waiting or coming.
     */
    private static final String CALL = "(?:(?:打|叫|拨|报|喊|联系|呼叫|等)(?:了|过)?(?:一?个)?|给)000(?![0-9])"
            + "|(?<![0-9])000(?:已经|也|都)?(?:来了|到了|在路上|拉走|接走|的车|车|急救)";
    private static final Pattern THEFT = Pattern.compile("偷|撬|扒窗|扒门|扒手|小偷|往衣服里|往包包?里|揣|"
            + "剪.{0,4}(?:电缆|电线|线)|骑起跑|顺走|拎走|(?:摸|掏|扒).{0,6}包");
    /**
     * A theft told in the English words residents mix in ("someone stole my phone at 南塘 market just now"); stolen and
     * stealing the normaliser has already put into Chinese.
     */
    private static final Pattern THEFT_IN_ENGLISH = Pattern.compile(
            "(?<![a-z])(?:stole|steal|steals|thief|thieves|pickpocket|pickpocketed)(?![a-z])");
    /** What puts a person at risk beside a theft: violence, a person at home or alone, fear, another danger. */
    private static final Pattern NOT_THEFT_ALONE = Pattern.compile("刀|枪|砍|捅|打|抢|伤|血|威胁|绑|挟持|追|掐|勒|推"
            + "|晕|倒|火|烧|煤气|燃气|救|命|撞|摔|困|掉|淹|触电|电到|爆|塌|娃|孩|老人|在家|屋里有人|屋头有人|我在屋|一个人"
            + "|跟着我|跟踪|跟到我|不敢|害怕|吓|棍|棒|凶|狗|冲|闯进|进屋|家里|房间|卧室|里头有人|里面有人|还在里|躲|报警|" + CALL
            + "|快|锁在|关在|小心|危险|电|水|气|漏|醒|躺|不动|中毒|跳|烟|出不来|麻|人不见|没回|失踪|拐|车上|面包车"
            + "|点着|引燃|燃"
            + "|(?<![a-z])(?:rob|robbed|robbing|robber|robbery|mugged|mugging|push|pushed|hit|punch|punched|beat|beaten"
            + "|attacked|grabbed|hurt|injured|blood|gun|weapon|chased|chasing|following|followed|scared|home|kid|kids"
            + "|child|children|old|elderly|fight|fighting|threatened)(?![a-z])");
    /**
     * A watcher's words, not a danger to anyone: afraid to go out, go over or shout (我不敢出去, 没敢喊), asking someone
     * to hurry (快来人, 快点), on a bus. Set aside before looking for a person at risk, unless the door, lock or window
     * being forced may be the writer's own ({@link #OWN_DOOR}: 撬我家的门, or just 撬门), when whoever is behind it may
     * be at risk.
     */
    private static final Pattern WATCHING = Pattern.compile("(?:不敢|没敢)(?:出去|过去|喊)|快来人?|快点|公交车?上");
    private static final Pattern OWN_DOOR = Pattern.compile("撬(?:我(?:家|屋|们家|们屋)?的?)?(?:门|锁|窗)");
    /**
     * Beside a theft told only in English words, what else may put a person at risk, as the normaliser leaves it: the
     * Chinese it gives English words (afraid 怕, inside 在里面, unconscious 昏迷, not breathing 没呼吸, stuck 卡住, baby
     * 娃儿, choking, a seizure, a stroke) and English words it leaves (alone, house, hiding, police, still, a daughter…).
     * No list of English words is whole, so a theft told in English is held only when nothing in this wider list is
     * there either.
     */
    private static final Pattern AT_RISK_IN_ENGLISH = Pattern.compile("怕|在里面|昏迷|没呼吸|噎住|抽搐|中风|心脏病|卡住"
            + "|娃儿|被困|溺水|(?<![a-z])(?:rob\\w*|mug\\w*|push\\w*|hits?|punch\\w*|beat\\w*|attack\\w*|grab\\w*"
            + "|hurt\\w*|injur\\w*|blood\\w*|bleed\\w*|guns?|weapons?|chas\\w*|follow\\w*|scared|alone|home|house|flat"
            + "|apartment|room|bedroom|upstairs|downstairs|inside|hid\\w*|police|hurry|quick\\w*|still|threat\\w*"
            + "|kids?|child\\w*|son|daughter|wife|husband|mother|father|mom|mum|dad|grand\\w*|old|elderly|fight\\w*"
            + "|emergency|ambulance|dying|dead|breath\\w*|hospital|knock\\w*|fell|fall\\w*|broke|break\\w*)(?![a-z])");
    /**
     * What is being taken, not a danger, so always set aside: cable or wire (its 电 is no live wire), cigarettes (a
     * shoplifter's 好几包烟 is no smoke; cigarettes that set something alight are read by 点着, 引燃, 火…) and goods named
     * before being loaded onto a vehicle (钢筋…往车上搬, 井盖往车上装). A person carried, lifted or pushed into one
     * (往车上扛, 往面包车里装, 装人) is not goods.
     */
    private static final Pattern GOODS_TAKEN = Pattern.compile("电缆线?|电线|铜线|香烟|烟酒|烟草|[包条盒]烟"
            + "|(?<=(?:钢筋|钢管|钢材|铁|铜|铝|井盖|货|东西|材料|废品|木头|木料|砖|水泥|箱|袋|设备|零件|管子)[^。!！?？]{0,12})"
            + "(?<!面包)车[上里](?:搬|装|运)(?!人)");
    private static final Pattern FIGHT = Pattern.compile("打架|打了一架|打起来|打起了|动手|动起手|打捶|推了几下|推搡|干仗"
            + "|干架|扭打|打成一团|掐架");
    /** The fight broken up or its people gone. */
    private static final Pattern OVER = Pattern.compile("散了|拉开|劝开|劝走|劝住|扯开|各自走|人都走|都走了|跑了|走了|分开了");
    /** What says the fight is not over or someone is hurt: blood, a weapon, a hospital, a threat to come back. */
    private static final Pattern NOT_OVER = Pattern.compile("血|伤|倒|晕|不动|刀|棍|棒|砍|捅|送医|医院|救护|" + CALL
            + "|还在打|又打|又开始|追|砖|石头|酒瓶|瓶子|孩子|娃|老人|快|救|命|要来|回来|报复|威胁|没散|没拉开|拉不开|劝不住|还在");
    private static final Pattern GAS = Pattern.compile("煤气|燃气|天然气|液化气|气味");
    /** The smell gone now (现在没味道了, 现在闻不到了, 又没了). */
    private static final Pattern GONE = Pattern.compile("(?:现在|已经|这会儿|后来)也?就?(?:没|没有|闻不到|没得|莫得|不)"
            + "(?:啥|什么)?(?:味|味道|了|闻到|臭)|味道?(?:散|没)了|没味了|又没了");
    /** What says someone is affected or the leak goes on: dizziness, a fall, a child or an old person, fire, a hiss. */
    private static final Pattern NOT_GONE = Pattern.compile("晕|头疼|头痛|头晕|恶心|倒|不醒|叫不|昏|吐|难受|喘|不动|老人|孩子"
            + "|娃|小孩|着火|火|爆|炸|还在|还有|越来越|一直|又有|又闻|还能闻|救|快|" + CALL + "|冒|嘶|漏|咝");

    private NobodyAtRiskNow() {
    }

    /** Whether the normalised text tells a theft, a fight over or a gas smell gone, and nothing that puts anyone at risk. */
    static boolean told(String normal) {
        return theftAlone(normal) || fightOver(normal) || gasGone(normal);
    }

    static boolean theftAlone(String normal) {
        boolean inEnglishOnly = !THEFT.matcher(normal).find();
        if (inEnglishOnly && !THEFT_IN_ENGLISH.matcher(normal).find()) {
            return false;
        }
        String told = OWN_DOOR.matcher(normal).find() ? normal : WATCHING.matcher(normal).replaceAll("");
        String rest = GOODS_TAKEN.matcher(told).replaceAll("");
        return !NOT_THEFT_ALONE.matcher(rest).find() && !(inEnglishOnly && AT_RISK_IN_ENGLISH.matcher(rest).find());
    }

    static boolean fightOver(String normal) {
        return FIGHT.matcher(normal).find() && OVER.matcher(normal).find() && !NOT_OVER.matcher(normal).find();
    }

    static boolean gasGone(String normal) {
        return GAS.matcher(normal).find() && GONE.matcher(normal).find() && !NOT_GONE.matcher(normal).find();
    }
}
