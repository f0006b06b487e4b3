package cn.gridbot.worker;

/**
 * Counts failed binding attempts per WeChat user, so that guessing codes is slow: after
 * {@value #MAX_FAILURES} wrong codes within an hour of the first, binding is locked for that user until
 * the hour is over. Kept in the database, which stays the truth when Redis is down.
 */
public interface BindingAttempts {

    int MAX_FAILURES = 5;

    int failures(String openid);

    /** Counts one more failure; the count lasts an hour from the first failure. Answers the new count. */
    int recordFailure(String openid);

    void reset(String openid);
}
