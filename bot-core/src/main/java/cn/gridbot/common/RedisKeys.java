package cn.gridbot.common;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where GridBot's keys live in a Redis shared with others: every key starts with {@code gridbot.redis.key-prefix}. */
@ConfigurationProperties("gridbot.redis")
public record RedisKeys(@DefaultValue("gridbot:") String keyPrefix) {

    public String prefix() {
        return keyPrefix;
    }
}
