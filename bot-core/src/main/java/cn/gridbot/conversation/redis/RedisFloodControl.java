package cn.gridbot.conversation.redis;

import java.time.Clock;
import java.time.Duration;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import cn.gridbot.common.RedisKeys;
import cn.gridbot.common.RedisGuard;
import cn.gridbot.conversation.FloodControl;

/**
 * A counter per user per clock minute ({@code INCR} with expiry), shared by all instances. Without Redis
 * nobody is counted: a flood then costs work, never a resident's message.
 */
@Component
class RedisFloodControl implements FloodControl {

    private static final Duration WINDOW = Duration.ofSeconds(70);

    private final StringRedisTemplate redis;
    private final RedisGuard guard;
    private final Clock clock;
    private final String prefix;

    RedisFloodControl(StringRedisTemplate redis, RedisGuard guard, Clock clock, RedisKeys keys) {
        this.redis = redis;
        this.guard = guard;
        this.clock = clock;
        this.prefix = keys.prefix() + "flood:";
    }

    @Override
    public boolean tooFrequent(String openid) {
        String key = prefix + openid + ":" + clock.millis() / 60_000;
        return guard.call(() -> {
            Long count = redis.opsForValue().increment(key);
            if (count != null && count == 1) {
                redis.expire(key, WINDOW);
            }
            return count != null && count > LIMIT_PER_MINUTE;
        }, () -> false);
    }
}
