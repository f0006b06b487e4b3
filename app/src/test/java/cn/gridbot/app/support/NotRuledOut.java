package cn.gridbot.app.support;

import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.function.Predicate;

import cn.gridbot.classify.Category;
import cn.gridbot.classify.Classification;
import cn.gridbot.classify.Classifier;

/**
 * Examples of messages whose danger the classifier neither decides nor rules out, for the tests of what the bot does
 * with one. Which message the model reads so moves with every classifier round (a worker fallen from scaffolding, asked
 * about after a greeting, was one until the twenty-second round read the question after the greeting by itself; a
 * water heater hissing, a complaint not ruled out, and a child pulled out of a pond, read as an emergency but taken as
 * over, were until the twenty-fourth round called them emergencies; the same child told with 前两天 alone was one until
 * the twenty-eighth, and told with 前年 and 早就好了 until the thirty-fifth), so a test takes the first example the
 * current model reads as it needs, and fails with the readings of all of them when none is.
 */
public final class NotRuledOut {

    /** Read as no complaint at all (thanks, a remark) with a danger not ruled out. */
    static final List<String> NO_COMPLAINT = List.of(
            "今天在菜市场看到有个人倒在地上,后来有人扶起来了,现在不晓得怎么样了",
            "刚才路过河边看到好多人围着,说是有人掉下去了,不晓得捞起来没有");
    /**
     * Read as a complaint — neither a hazard nor public order, whose replies always say what to do — with a danger not
     * ruled out.
     */
    static final List<String> COMPLAINT = List.of(
            "河里的水涨得有点快 下游的桥快淹了",
            "河水涨得有点快 下游那座小桥快淹了",
            "想问一下 家里热水器那里一直嘶嘶响 一屋子的气味 要怎么处理");
    /**
     * Read as a complaint whose likeliest categories are close, so that the bot asks which (below 0.45, or the
     * runner-up within 0.2: README "Not sure"), with a danger not ruled out. The first was county-style set 120's miss
     * (the sixty-sixth round), an emergency since the seventy-fourth round read its 怕是 as a guess at the cause, as is
     * the second; the fourth is a line of county-style set 106 and the fifth of the county set (a pen of sheep under a
     * window, ginkgo fruit fallen on a path), read so by the seventy-fourth round's model.
     */
    static final List<String> ASKED_ABOUT = List.of(
            "仁达乡一屋人烤炉子都晕过去了，怕是煤气中毒，快来救人",
            "一屋人都晕过去了，怕是煤气中毒",
            "楼道头一股怪味 隔壁屋头敲门没人应 不晓得咋回事",
            "有户人家把羊圈修在我家窗子底下，那个味道受不了",
            "楼下的银杏结果子了 掉下来又臭又滑");
    /** Read by the category model as an emergency, but taken by the emergency scorer as over. */
    static final List<String> READ_AS_EMERGENCY_BUT_OVER = List.of(
            "上个月我们组有个娃娃掉进水池了,捞起来了,嘴巴乌起的,不哭也不动,后来救过来了",
            "前年我们组有个娃娃掉进水池了 捞起来嘴巴乌起的 不哭也不动 后来救过来了",
            "前两天我们组有个娃娃掉进水池了,捞起来了,嘴巴乌起的,不哭也不动,好吓人",
            "去年我们组有个娃娃掉进水池了 捞起来嘴巴乌起的 不哭也不动",
            "试一下这个号,我们组有个娃娃掉进水池了,捞起来了,嘴巴乌起的,不哭也不动",
            "前年我们组有个娃娃掉进水池了,捞起来了,嘴巴乌起的,不哭也不动,后来救过来了,早就好了",
            "去年有个工人从脚手架上摔下来 头上全是血 人不动了 后来救过来了 现在好了",
            "上个月工地上有个工人从架子上摔下来 头上全是血 不动了 后来救过来了 现在好了");

    private NotRuledOut() {
    }

    /** The first example the classifier reads as no complaint (not actionable) with its danger not ruled out. */
    public static String noComplaint(Classifier classifier) {
        return first(classifier, NO_COMPLAINT, c -> !c.category().actionable() && c.dangerNotRuledOut(),
                "no complaint with its danger not ruled out");
    }

    /**
     * The first example the classifier files as an ordinary complaint — not urgent, neither a hazard nor public order —
     * with its danger not ruled out.
     */
    public static String complaint(Classifier classifier) {
        return first(classifier, COMPLAINT, c -> c.category().actionable() && !c.emergency() && c.dangerNotRuledOut()
                && c.category() != Category.SAFETY && c.category() != Category.PUBLIC_ORDER,
                "an ordinary complaint with its danger not ruled out");
    }

    /** The first example the bot asks the category of, as an ordinary complaint with its danger not ruled out. */
    public static String askedAbout(Classifier classifier) {
        return first(classifier, ASKED_ABOUT, c -> c.category().actionable() && !c.emergency() && c.dangerNotRuledOut()
                && (c.confidence() < 0.45 || c.margin() < 0.2),
                "a complaint asked about, with its danger not ruled out");
    }

    /**
     * The first example the category model reads as an emergency (at least {@link Classification#SURE}) and the
     * emergency scorer takes as over (under {@link Classification#NOT_RULED_OUT}), read as no complaint.
     */
    public static String readAsEmergencyButOver(Classifier classifier) {
        return first(classifier, READ_AS_EMERGENCY_BUT_OVER, c -> !c.category().actionable()
                && c.emergencyProbability() < Classification.NOT_RULED_OUT && c.readAsEmergency() >= Classification.SURE
                && c.dangerNotRuledOut(), "an emergency to the category model that the emergency scorer takes as over");
    }

    private static String first(Classifier classifier, List<String> examples, Predicate<Classification> wanted,
            String what) {
        for (String text : examples) {
            if (wanted.test(classifier.classify(text))) {
                return text;
            }
        }
        return fail("none of the examples is read as " + what + " any more; add one the model reads so: "
                + examples.stream().map(t -> classifier.classify(t) + " " + t).toList());
    }
}
