package cn.gridbot.conversation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gridbot.intake.*}: the reply budget every WeChat message is answered within (WeChat gives up
 * after 5 seconds), the threads that handle messages while the request waits, how many times a spooled
 * message is tried again, and the group commit's writer threads and largest batch (README "Throughput").
 */
@ConfigurationProperties("gridbot.intake")
public record IntakeSettings(@DefaultValue("PT4.5S") Duration replyBudget, @DefaultValue("64") int threads,
        @DefaultValue("5") int replayAttempts, @DefaultValue("2") int writers, @DefaultValue("64") int batchSize) {
}
