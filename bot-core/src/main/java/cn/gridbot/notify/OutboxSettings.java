package cn.gridbot.notify;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gridbot.outbox.*}: exponential back-off from {@code firstRetry} doubling up to {@code maxRetry},
 * giving up when a push is older than {@code giveUpAfter}; a claim lasts {@code lease}.
 */
@ConfigurationProperties("gridbot.outbox")
public record OutboxSettings(@DefaultValue("PT5S") Duration firstRetry, @DefaultValue("PT10M") Duration maxRetry,
        @DefaultValue("PT48H") Duration giveUpAfter, @DefaultValue("PT2M") Duration lease,
        @DefaultValue("50") int batchSize) {

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failures. */
    public Duration backoff(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
        Duration delay = firstRetry.multipliedBy(factor);
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }
}
