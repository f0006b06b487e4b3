package cn.gridbot.conversation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What to tell someone reporting an emergency before anything else (README "Conversation"): which number to call.
 * Fire, gas, live wires and people trapped or buried mean 119 (the fire brigade is also the rescue service); the
 * injured, the ill, the poisoned and the bitten 120; crime, violence, a person missing or taken and a threat of
 * self-harm 110; when nothing fits, all three.
 */
final class EmergencyAdvice {

    private static final List<String> FIRE = List.of("火", "烟", "燃气", "煤气", "天然气", "天燃气", "爆炸", "漏气", "困在", "电梯",
            "电线", "漏电", "被困", "被压", "被埋", "塌", "垮");
    private static final List<String> MEDICAL = List.of("倒", "晕", "昏", "不省人事", "喊不醒", "呼吸", "心脏", "血", "受伤",
            "摔", "抽搐", "中毒", "触电", "电到", "救护", "病", "落水", "溺水", "淹", "农药", "喝药", "吞", "噎", "喉咙", "咬",
            "蜇", "蛰", "要生了", "羊水", "没气", "没得气", "断气", "没反应", "不动", "割腕", "掉进水", "掉到水", "中风",
            "说话不清", "口齿不清", "嘴歪", "看不见了");
    private static final List<String> POLICE = List.of("打人", "砍", "刀", "抢", "绑", "杀", "打架", "持械", "跳楼", "跳河",
            "轻生", "家暴", "落水", "溺水", "走失", "走丢", "拐走", "拐卖", "拉上车", "抱走", "不想活", "自杀", "割腕",
            "同归于尽");
    /** Someone gone: 不见了, but not 看不见了 or 听不见了 (sight or hearing lost, for 120). */
    private static final Pattern GONE = Pattern.compile("(?<![看听瞧])不见了");

    private EmergencyAdvice() {
    }

    static String forText(String text) {
        return "⚠️ 情况紧急请立即拨打 " + numbersFor(text) + "!";
    }

    /** The numbers {@code text} calls for, "120(急救) / 119(消防)" and the like; all three when nothing fits. */
    static String numbersFor(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        if (mentions(text, MEDICAL)) {
            numbers.add("120(急救)");
        }
        if (mentions(text, FIRE)) {
            numbers.add("119(消防)");
        }
        if (mentions(text, POLICE) || GONE.matcher(text).find()) {
            numbers.add("110(报警)");
        }
        if (numbers.isEmpty()) {
            numbers.addAll(List.of("120(急救)", "119(消防)", "110(报警)"));
        }
        return String.join(" / ", numbers);
    }

    private static boolean mentions(String text, List<String> words) {
        return words.stream().anyMatch(text::contains);
    }
}
