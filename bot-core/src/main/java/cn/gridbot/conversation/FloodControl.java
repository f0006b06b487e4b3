package cn.gridbot.conversation;

/**
 * Counts each user's messages per minute (more than 20 a minute is too frequent): what a person
 * sends, never WeChat's own event reports about them.
 */
public interface FloodControl {

    int LIMIT_PER_MINUTE = 20;

    /** Counts this message and answers whether the user is over the limit. */
    boolean tooFrequent(String openid);
}
