package cn.gridbot.classify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message that opens with an alarm cried twice or more (着火了着火了, 救命救命, 救命 help), and the message read once more
 * without it (the hundred-and-fourth round). The corpora's children's games and videos cry the same words
 * ("孩子们在小区广场玩救火游戏，一直喊着火了着火了", "着火了着火了 这个视频太火了 哈哈", labelled OTHER), so a short report after
 * the cries could read, whole, as no report: county-style set 257's "着火了着火了 金辰街到xx小区5懂 厨房油锅起火扑不灭了"
 * read 0.11, its report alone 0.80 ("着火了着火了 厨房油锅起火扑不灭了" 0.07 against 0.74). Most doubled cries raise a
 * message's reading rather than lower it; this catches the few they sink. The models are trained as before;
 * {@link TrainedClassifier#scores} scores the rest after the cries too, as {@link #rest} gives it, and keeps the
 * higher emergency probability, as it does for a second matter: the rest must read as an emergency on its own words,
 * and its reading does not count when a rule would hold it alone (a fight already broken up, a question of what to do
 * if). Never for a message framed as no report ({@link #PLAY}, or {@link EmergencyFeatures#framesNoReport}: a game, a
 * drill, a video, 哈哈): "着火了着火了 小朋友学消防员 喊厨房油锅起火扑不灭了" is children at play.
 */
final class OpeningCry {

    /**
     * One alarm cry: a fire (着火了, 着活了 in voice input, 起火了, 失火了, 救火) or a call for help (救命, 救人, 快来人, 来人;
     * the normaliser has made an English "help" or "fire" 救命 or 着火, with spaces, classify/english.tsv).
     */
    private static final String CRY = "(?:着火|着活|起火|失火)了?|救火|救命|救人|快来人|来人";
    /** Two cries or more at the opening, each with its particles and pauses (着火了！着火了！, 救命啊 救命啊, 着火啦着火啦). */
    private static final Pattern CRIES = Pattern.compile("^" + SecondMatter.PAUSE + "*(?:(?:" + CRY
            + ")[啊呀哦哇喽咯了啦嘞哟呐哪吶]*" + SecondMatter.PAUSE + "*){2,}");
    /** Play the cue list does not name: children at a game, a part acted, a drama, something pretended. */
    private static final Pattern PLAY = Pattern.compile("在玩|玩" + SecondMatter.NOT_PAUSE + "{0,4}游戏|学" + SecondMatter.NOT_PAUSE
            + "{0,3}(?:消防员|救火)|扮演|假扮|表演|演戏|演出|拍戏|情景剧|短剧|话剧|剧本|假的|假装|过家家");

    private OpeningCry() {
    }

    /**
     * The normalised text after the cries it opens with; empty when it does not open with two cries or more, when
     * nothing follows them, or when the message is framed as play or as no report.
     */
    static String rest(String normal) {
        Matcher cries = CRIES.matcher(normal);
        if (!cries.find() || cries.end() == normal.length() || PLAY.matcher(normal).find()
                || EmergencyFeatures.framesNoReport(normal)) {
            return "";
        }
        return normal.substring(cries.end());
    }
}
