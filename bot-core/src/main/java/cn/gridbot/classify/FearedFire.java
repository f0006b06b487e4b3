package cn.gridbot.classify;

import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A fire named only as what a hazard would lead to: "网吧后门用铁链锁起的，着火了人都跑不出去", "消防通道被几个车堵死了 真着火了
 * 消防车都进不来", "楼道里堆满了纸箱子，万一着火了咋整". The README's labelling rules label a danger only feared by the hazard
 * (SAFETY), but the scorer read 着火了 as a fire burning now: such hazards were 14 of the county-style sets' false
 * alarms (sets 45 to 220) and several of the hard sets'. Such a message is held: no alarm, but its reply still says what
 * to do if there is a fire, and its event is flagged for a check ({@link TrainedClassifier}).
 *
 * <p>Read narrowly, because a fire burning now is told in the same words: "三号楼着火了，消防车进不来", "3栋2单元，着火了楼上的
 * 人下不来", "师傅 着火了门打不开", "网吧后门锁起的，着火了人都跑不出去，里面还有十几个人" (two reviews wrote such
 * present fires, and broader readings held 91 of 100 and 27 of 31). Every danger phrase of the message lies in a
 * feared fire's clause; no word of {@link #NOW} stands anywhere in it (现在, 快来, 困在, 人在二楼, 门打不开, 扑不灭, 还有人,
 * 报警, 火很旺); and no cue of now, an alarm, someone near or a person ({@link #PRESENT_AFTER}) comes after the last
 * such clause. A feared fire's clause is either
 * <ul>
 * <li>opened by a condition ({@link #CONDITION}: 万一, 要是, 如果, 哪天, 一旦, 真要, 怕…, then 真 or 一) before the fire
 * ({@link #FIRE}), its rest holding something that could not be done, a question how, or what it would come to
 * ({@link #WOULD_FAIL}: 跑不出去, 冒得路跑, 咋个办, 往哪跑, 后果不堪设想) and not ending in a completed 了 (a pause may stand
 * between the fire and its rest: "要是着火了，车子都进不来"); or</li>
 * <li>a fire with no condition (or only 真) right after a clause whose end names a fire-safety hazard ({@link #HAZARD}:
 * 铁链锁起, 焊死, 堵死, 堆满, 没得水, 泡沫板), its rest only someone who could not get out or in, told with 都, 也 or 根本, or a
 * question how to get out ({@link #CANNOT}: 人都跑不出去, 消防车都进不来, 都找不着, 跑都跑不脱, 咋个跑得出来), or, after 真, a
 * question what to do (真着火了咋个办); no person of the writer's own in it (我们都出不去 may be the writer trapped now),
 * and not ending in 了.</li>
 * </ul>
 */
final class FearedFire {

    /** A condition that opens the clause before the fire (万一着火了, 要是真着火了, 哪天起火了, 万一一着火; not 万一真的). */
    private static final String CONDITION = "(?:万一|要是|如果|假如|假使|倘若|若是|哪天|有一天|一旦|到时候?|真要是?|怕|就怕|真怕|担心)"
            + "(?:真(?!的))?一?";
    /** The fire (着火了, 起了火, 着起火来, 烧起来, 出了火灾), with 了 or 哒 and 的话 after it. */
    private static final String FIRE = "(?:着起火来|着起来|烧起来|火烧起来|(?:着|起|失)了?火|(?:有|发生|出了?)?火灾)(?:了|哒)?(?:的话)?";
    /**
     * What the rest of a clause opened by a condition must hold: something that could not be done or a question how it
     * could (跑不脱, 出不去, 冒得路跑, 咋个办, 往哪跑, 拿啥子灭), or what it would come to (只有等死, 都要遭殃, 后果不堪设想). The
     * normaliser leaves a question mark half-width.
     */
    private static final String WOULD_FAIL = "(?:不|没|冒得|莫得|勿|唔|袂|咋|怎|哪|啥|什么|谁|点算|只有|只能|都(?:要|得|完)|完了|完蛋"
            + "|等死|遭殃|麻烦|后果|不堪|死路|用不上|来不及|铲铲|黄花菜|\\?)";
    /**
     * The fire told as going on, someone trapped or in it now, or an alarm raised: anywhere in the message, the fire is
     * not read as feared (现在, 正在, 快来, 困在, 我家在五楼, 人在里头, 门打不开, 扑不灭, 全是烟, 还有十几个人, 快报警, 火很旺).
     * Hazard descriptions trip it too (紧急出口, 消防门打不开): then the message is not held.
     */
    private static final Pattern NOW = Pattern.compile("正在|正烧|还在|已经|刚才|刚刚|现在|这会儿|此刻|眼下|快来|快点|快派|快救"
            + "|救命|救救|求求|帮帮|紧急|马上|赶紧|赶快|速来|困在|被堵在|关在|(?:[我俺咱]们?(?:家|一家)?|人)(?:还|都|正)?在(?:屋|家|里"
            + "|楼|卫生间|厕所|房间|阳台|顶楼|[0一二三四五六七八九十]+楼)|打不开|扑不灭|灭不|控制不住|压不住|拦不住|全是(?:火|烟)"
            + "|火(?:太|好|很)大|火大得|越烧越|越来越|还有" + SecondMatter.NOT_PAUSE + "{0,4}人|快[跑打叫报喊]|报警|报了警|还没(?:到|来)"
            + "|火(?:很|好|太)?旺|火势");
    /** What may end a clause after its rest: particles (咋整嘛, 跑不出去了哇). */
    private static final String PARTICLES = "[啊呀哦吧嘛呢哟哇呗哈喔噢]*";
    /** A character that may end a clause's rest before its particles: no particle, no pause, no completed 了 or 啦. */
    private static final String LAST = "[^了啦哒咯喽嘞喇啊呀哦吧嘛呢哟哇呗哈喔噢\\s" + SecondMatter.PUNCTUATION + "]";
    /**
     * The rest of a clause opened by a condition: a {@link #WOULD_FAIL} within it; not ending in 了 (跑不出去了 has come
     * about), but 了 after 就, 都, 也, 只有 or 只能 is what would follow (万一着火就跑不出去了).
     */
    private static final String REST = "(?=" + SecondMatter.NOT_PAUSE + "{0,24}?" + WOULD_FAIL + ")" + SecondMatter.NOT_PAUSE
            + "{0,23}?(?:" + LAST + "|(?<=(?:就|都|也|只有|只能)" + SecondMatter.NOT_PAUSE + "{1,6})了)" + PARTICLES + "(?="
            + SecondMatter.PAUSE + "|$)";
    /** The end of a bare fire's clause: at most six more characters, no person of the writer's own, no 了 at the end. */
    private static final String BARE_END = "(?:(?![我俺咱])" + LAST + "){0,6}" + PARTICLES + "(?=" + SecondMatter.PAUSE + "|$)";
    /**
     * A fire-safety hazard, named at the end of the clause before a bare fire: a way out locked, chained, welded,
     * blocked, piled up or sealed, a hydrant without water, buried or out of date, foam board or steel sheds, a single
     * door or stair (铁链锁起, 焊死了, 消防通道被车堵死了, 堆满了杂物, 消防栓没得水, 泡沫板隔的群租房). Not a bare 锁 or 占 (门被锁了,
     * 一直占线), a partition or a charger, which name no hazard on their own.
     */
    private static final String HAZARD = "(?:锁(?:起|着|住|上|死)|铁链|焊|堵|堆|占(?:用|道|满|了)|封|挡|埋|栏|栅|没得?水|莫得水"
            + "|没有水|过期|杂物|纸箱|泡沫|彩钢|木板|一个(?:门|出口|楼梯)|窄)";
    /**
     * The rest of a bare fire's clause: someone who could not get out or in, told with 都, 也 or 根本 as what would be
     * (人都跑不出去, 消防车都进不来, 都找不着, 跑都跑不脱, 一个都跑不掉), or a question how to get out (咋个跑得出来, 怎么逃).
     */
    private static final String CANNOT = "(?:(?:人|大家|消防车|车子?|楼上的人|里头的人|里面的人|一个|谁|哪个)?(?:连门)?"
            + "(?:都|也|根本)(?:跑不|逃不|出不|进不|找不|用不|下不)|跑都跑不|逃都逃不|(?:咋个?|怎么|怎样)(?:跑|逃|出))" + BARE_END;
    /** After 真 and a bare fire, a question what to do (真着火了咋个办): without 真, "我家隔壁 着火了怎么办" is a fire now. */
    private static final String HOW_TO_COPE = "(?:咋个?|怎么|怎样)(?:办|整)" + BARE_END;
    /**
     * A feared fire's clause. The hazard before a bare fire is looked for behind it only where a fire follows: a
     * look-behind of up to a dozen characters tried at every character of a long message cost more than all the rest.
     */
    private static final Pattern FEARED = Pattern.compile("(?:^|(?<=" + SecondMatter.PAUSE + "))" + CONDITION + FIRE
            + SecondMatter.PAUSE + "?" + REST + "|(?=真?" + FIRE + ")(?<=" + HAZARD + SecondMatter.NOT_PAUSE + "{0,12}"
            + SecondMatter.PAUSE + ")(?:真?" + FIRE + CANNOT + "|真" + FIRE + HOW_TO_COPE + ")");
    /** A fire word, looked for before anything else: most messages name none. */
    private static final Pattern ANY_FIRE = Pattern.compile("火|着起来|烧起来");
    /**
     * The cue groups of {@code emergency-cues.tsv} that tell of now, an alarm, someone near or a person: after the last
     * feared clause ("…着火了人都跑不出去，里面还有十几个人", "…，快打119") they tell a fire burning now.
     */
    private static final Set<String> PRESENT_AFTER = Set.of("NOW", "URGENT", "NEAR", "PEOPLE");

    private FearedFire() {
    }

    /**
     * Whether the normalised text names a fire only as what a hazard would lead to. Never for a normalised text as long
     * as the normaliser's cap ({@link Normaliser#MAX_CHARS}): a fire burning now may have been told after the cut.
     */
    static boolean told(String normal) {
        if (normal.length() >= Normaliser.MAX_CHARS || !ANY_FIRE.matcher(normal).find() || NOW.matcher(normal).find()) {
            return false;
        }
        List<MatchResult> spans = FEARED.matcher(normal).results().toList();
        if (spans.isEmpty()) {
            return false;
        }
        int end = spans.get(spans.size() - 1).end();
        List<Cues.Hit> hits = EmergencyFeatures.PHRASES.hits(normal);
        return hits.stream().noneMatch(hit -> hit.begin() >= end && PRESENT_AFTER.contains(hit.group()))
                && hits.stream().filter(hit -> EmergencyFeatures.DANGERS.contains(hit.group()))
                        .allMatch(hit -> spans.stream().anyMatch(span -> inside(hit, span)));
    }

    private static boolean inside(Cues.Hit hit, MatchResult span) {
        return span.start() <= hit.begin() && hit.end() <= span.end();
    }
}
