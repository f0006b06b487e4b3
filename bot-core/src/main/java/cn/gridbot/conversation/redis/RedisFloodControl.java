package cn.gridbot.conversation.redis;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import cn.gridbot.common.RedisKeys;
import cn.gridbot.conversation.FloodControl;

/** A counter per user per clock minute ({@code INCR} with expiry), shared by all instances. */
@Component
class RedisFloodControl implements FloodControl {

    private static final Logger log = LoggerFactory.getLogger(RedisFloodControl.class);
    private static final Duration WINDOW = Duration.ofSeconds(70);

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final String prefix;

    RedisFloodControl(StringRedisTemplate redis, Clock clock, RedisKeys keys) {
        this.redis = redis;
        this.clock = clock;
        this.prefix = keys.prefix() + "flood:";
    }

    @Override
    public boolean tooFrequent(String openid) {
        String key = prefix + openid + ":" + clock.millis() / 60_000;
        try {
            Long count = redis.opsForValue().increment(key);
            if (count != null && count == 1) {
                redis.expire(key, WINDOW);
            }
            return count != null && count > LIMIT_PER_MINUTE;
        } catch (DataAccessException e) {
            log.warn("Redis unavailable for flood control, letting the message through: {}", e.getMessage());
            return false;
        }
    }
}
