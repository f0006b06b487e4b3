package cn.gridbot.notify;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gridbot.outbox.*}: exponential back-off from {@code firstRetry} doubling up to {@code maxRetry},
 * giving up when a push is older than {@code giveUpAfter}; a claim lasts {@code lease}. A dispatcher reads up to
 * {@code batchSize} due pushes at a time and sends at most {@code parallelism} of them at once, one recipient's
 * one after another (README "Push delivery").
 */
@ConfigurationProperties("gridbot.outbox")
public record OutboxSettings(@DefaultValue("PT5S") Duration firstRetry, @DefaultValue("PT10M") Duration maxRetry,
        @DefaultValue("PT48H") Duration giveUpAfter, @DefaultValue("PT2M") Duration lease,
        @DefaultValue("50") int batchSize, @DefaultValue("8") int parallelism) {

    public OutboxSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("gridbot.outbox.batch-size must be at least 1, not " + batchSize);
        }
        // At most 32: WeChat's client keeps 50 connections (wechat-adapter TimedHttpClient), and a send waiting for one
        // spends its own attempt's time, which the lease was sized for.
        if (parallelism < 1 || parallelism > 32) {
            throw new IllegalArgumentException("gridbot.outbox.parallelism must be between 1 and 32, not " + parallelism);
        }
    }

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failures. */
    public Duration backoff(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
        Duration delay = firstRetry.multipliedBy(factor);
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }
}
