package cn.gridbot.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a message turns to a second matter: a clause that opens with 另外 / 顺便 / 对了 / 再就是 and the like, or with
 * 还有 followed by a pause, 就是, 个事 or a time (垃圾没人收臭得很，还有就是刚才垃圾站着火了). Only at the start of a
 * clause, and not 还有 before a person, so that 屋头还有人 and "墙都裂了 还有人在下面摆摊" (someone is still there) are
 * no turn. Returns the text from each turn to the end, in the normalised form the models read.
 */
final class SecondMatter {

    /** A clause start (the message's or after a separator), then the word that brings in another matter (group 1). */
    private static final Pattern TURN = Pattern.compile("(?:^|[\\s,，.。;；!！?？、:：])("
            + "还有(?=[\\s,，:：]|就是|个事|一个事|一件事|件事|个问题|一个问题|刚才|刚刚|现在|今天|昨天|今早|今晚)"
            + "|另外|顺便|对了|再就是|再一个|其次|and also|another thing)");

    /**
     * At most this many turns are scored: each is a whole second reading of the rest of the message, and a message of
     * nothing but "对了，对了，…" must not cost hundreds of readings in the reply's time.
     */
    static final int MAX_TURNS = 3;

    private SecondMatter() {
    }

    static List<String> after(String normal) {
        List<String> rests = new ArrayList<>(1);
        Matcher m = TURN.matcher(normal);
        while (rests.size() < MAX_TURNS && m.find()) {
            if (m.start(1) > 0) {
                rests.add(normal.substring(m.start(1)));
            }
        }
        return rests;
    }
}
