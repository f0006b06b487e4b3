package cn.gridbot.classify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 怕是 that tells no fear, and the message read once more without it. The emergency scorer reads 怕 as a FUTURE cue
 * (怕以后出事, 怕是要倒了: only feared); in south-western Mandarin 怕是 is also "most likely", a guess at the cause of
 * what is happening: "仁达乡一屋人烤炉子都晕过去了，怕是煤气中毒，快来救人" is a family overcome by a stove now. Read as a
 * guess only when
 * <ul>
 * <li>someone collapsed is told before it ({@link #COLLAPSED}: 晕过去, 叫不醒, 倒在地…, not 头晕了) — the guess explains
 * it;</li>
 * <li>it opens its clause, and the clause is nothing but the guessed cause, from a closed list ({@link #GUESS}: poisoning
 * with an optional source, carbon monoxide, a shock, a stroke, heat stroke, a heart attack, a fit, and particles).</li>
 * </ul>
 * "一个老人住，怕是煤气中毒了，都没人晓得", "怕是半夜着火了人都跑不出来", "最怕是…" and "胸口经常痛 怕是心脏病 社区医院能查不"
 * stay fears. The models are trained as before; {@link TrainedClassifier#scores} scores the message once more as
 * {@link #reread} gives it (怕是 as 是) and keeps the higher emergency probability, as it does for a second matter. A
 * reading of 怕是 (and 以后) put into the training features instead moved a message it does not touch (a flowerpot over
 * a kindergarten gate became an alarm): the models' other weights shift with it (docs/classifier-history.md, "The
 * seventy-fourth round").
 */
final class FalseFuture {

    /** A guess at the cause, the whole of its clause: 怕是, at most a source, the cause, 犯了 or 发作了, particles. */
    private static final Pattern GUESS = Pattern.compile("(?<=[^\\p{L}\\p{N}])怕是(?:煤气|一氧化碳|燃气|天然气|沼气|食物|农药"
            + "|酒精|毒?蘑菇|菌子)?(?:中毒|触电|中风|一氧化碳|脑溢血|脑出血|心梗|心肌梗塞|心脏病|羊癫疯|癫痫|中暑)(?:犯了|发作了)?"
            + "[了的哦吧啊呀]*(?=$|[^\\p{L}\\p{N}])");
    /**
     * Someone collapsed, told before the guess: what the guess explains. 晕了, 昏起 and the like not after a head, a
     * ride or a read (头晕了, 头都昏了, 坐车晕了, 看晕了: dizzy, not collapsed).
     */
    private static final Pattern COLLAPSED = Pattern.compile("晕倒|晕过去|昏迷|昏过去|(?<![头车看听])(?<!头[都有点好很也]{1,2})"
            + "[晕昏][了起]|倒起|倒在地|倒地|[叫喊]不醒|[叫喊]不答应|[叫喊]起不答应|不省人事|一动不动|抽搐|口吐白沫");

    private FalseFuture() {
    }

    /** The normalised text with each 怕是 that guesses the cause of a collapse as 是; the text itself if there is none. */
    static String reread(String normal) {
        Matcher guess = GUESS.matcher(normal);
        StringBuilder read = new StringBuilder(normal.length());
        int copied = 0;
        while (guess.find()) {
            if (COLLAPSED.matcher(normal).region(0, guess.start()).find()) {
                read.append(normal, copied, guess.start());
                copied = guess.start() + 1;
            }
        }
        return copied == 0 ? normal : read.append(normal, copied, normal.length()).toString();
    }
}
