package cn.gridbot.worker.redis;

import java.time.Duration;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import cn.gridbot.common.RedisKeys;
import cn.gridbot.worker.BindingAttempts;

@Component
class RedisBindingAttempts implements BindingAttempts {

    private static final Duration LOCK = Duration.ofHours(1);

    private final StringRedisTemplate redis;
    private final String prefix;

    RedisBindingAttempts(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.prefix = keys.prefix() + "bind-fail:";
    }

    @Override
    public int failures(String openid) {
        String value = redis.opsForValue().get(prefix + openid);
        return value == null ? 0 : Integer.parseInt(value);
    }

    @Override
    public int recordFailure(String openid) {
        Long count = redis.opsForValue().increment(prefix + openid);
        if (count != null && count == 1) {
            redis.expire(prefix + openid, LOCK);
        }
        return count == null ? 0 : count.intValue();
    }

    @Override
    public void reset(String openid) {
        redis.delete(prefix + openid);
    }
}
