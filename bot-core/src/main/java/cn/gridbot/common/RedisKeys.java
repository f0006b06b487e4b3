package cn.gridbot.common;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gridbot.redis.*}: where GridBot's keys live in a Redis shared with others (every key starts with
 * {@code key-prefix}), and how long one command may take before it is given up ({@code command-timeout}).
 */
@ConfigurationProperties("gridbot.redis")
public record RedisKeys(@DefaultValue("gridbot:") String keyPrefix, @DefaultValue("PT0.2S") Duration commandTimeout) {

    public String prefix() {
        return keyPrefix;
    }
}
