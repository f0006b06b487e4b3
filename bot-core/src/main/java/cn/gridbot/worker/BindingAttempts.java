package cn.gridbot.worker;

/** Counts failed binding attempts per WeChat user, so that guessing codes and digits is slow. */
public interface BindingAttempts {

    int MAX_FAILURES = 5;

    int failures(String openid);

    /** Counts one more failure; the count lasts an hour from the first failure. Answers the new count. */
    int recordFailure(String openid);

    void reset(String openid);
}
