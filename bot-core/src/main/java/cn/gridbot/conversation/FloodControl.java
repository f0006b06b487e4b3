package cn.gridbot.conversation;

/** Counts each user's messages per minute (SPEC §2: more than 20 a minute is too frequent). */
public interface FloodControl {

    int LIMIT_PER_MINUTE = 20;

    /** Counts this message and answers whether the user is over the limit. */
    boolean tooFrequent(String openid);
}
