package cn.gridbot.classify;

import java.util.regex.Pattern;

/**
 * A theft with nobody threatened: by the README's labelling rules theft without violence stays PUBLIC_ORDER even
 * while it happens ("有人正在撬我隔壁的门，隔壁屋头没人", "超市里有个人正在往衣服里头塞东西"). A message that names a theft
 * and none of the words of a person at risk, violence or another danger is no emergency, whatever the scorer made of
 * its present tense; its reply still says what to do if someone is in danger.
 */
final class TheftAlone {

    private static final Pattern THEFT = Pattern.compile("偷|撬|扒窗|扒门|扒手|小偷|往衣服里|往包包?里|揣|"
            + "剪.{0,4}(?:电缆|电线|线)|骑起跑|顺走|拎走");
    private static final Pattern NOT_ALONE = Pattern.compile("刀|枪|砍|捅|打|抢|伤|血|威胁|绑|挟持|追|掐|勒|推|晕|倒"
            + "|火|烧|煤气|燃气|救|命|撞|摔|困|掉|淹|触电|电到|爆|塌|娃|孩|老人|在家|屋里有人|屋头有人|我在屋|一个人|跟着我"
            + "|跟踪|跟到我|不敢|害怕|吓|棍|棒|凶|狗|冲|闯进|进屋|家里|房间|卧室|里头有人|里面有人|还在里|躲|报警|110|快"
            + "|锁在|关在|小心|危险|电|水|气|漏|醒|躺|不动|中毒|跳|烟|出不来|麻|人不见|没回|失踪|拐|车上|面包车");

    private TheftAlone() {
    }

    /** Whether the normalised text tells a theft and nothing that puts a person at risk. */
    static boolean told(String normal) {
        return THEFT.matcher(normal).find() && !NOT_ALONE.matcher(normal).find();
    }
}
