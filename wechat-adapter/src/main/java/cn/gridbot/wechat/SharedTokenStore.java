package cn.gridbot.wechat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.data.redis.core.StringRedisTemplate;

import cn.gridbot.common.RedisGuard;
import me.chanjar.weixin.common.redis.RedisTemplateWxRedisOps;
import me.chanjar.weixin.common.redis.WxRedisOps;

/**
 * Where WxJava keeps the access token: in Redis, shared by all instances, and in this instance's memory
 * as well, which answers while Redis is away. The refresh lock is this instance's own: the stable-token
 * endpoint hands every caller the same token, so instances refreshing at once do no harm.
 */
final class SharedTokenStore implements WxRedisOps {

    private record Entry(String value, long expiresAtMillis) {
    }

    private final WxRedisOps redis;
    private final RedisGuard guard;
    private final Map<String, Entry> local = new ConcurrentHashMap<>();
    private final Map<String, Lock> locks = new ConcurrentHashMap<>();

    SharedTokenStore(StringRedisTemplate redis, RedisGuard guard) {
        this.redis = new RedisTemplateWxRedisOps(redis);
        this.guard = guard;
    }

    @Override
    public String getValue(String key) {
        return guard.call(() -> redis.getValue(key), () -> localValue(key));
    }

    @Override
    public void setValue(String key, String value, int expire, TimeUnit unit) {
        local.put(key, new Entry(value, deadline(expire, unit)));
        guard.run(() -> redis.setValue(key, value, expire, unit));
    }

    @Override
    public Long getExpire(String key) {
        return guard.call(() -> redis.getExpire(key), () -> {
            Entry entry = local.get(key);
            return entry == null ? -2L : Math.max(-2L, (entry.expiresAtMillis() - System.currentTimeMillis()) / 1000);
        });
    }

    @Override
    public void expire(String key, int expire, TimeUnit unit) {
        local.computeIfPresent(key, (k, entry) -> new Entry(entry.value(), deadline(expire, unit)));
        guard.run(() -> redis.expire(key, expire, unit));
    }

    @Override
    public Lock getLock(String key) {
        return locks.computeIfAbsent(key, k -> new ReentrantLock());
    }

    private String localValue(String key) {
        Entry entry = local.get(key);
        return entry == null || entry.expiresAtMillis() <= System.currentTimeMillis() ? null : entry.value();
    }

    private static long deadline(int expire, TimeUnit unit) {
        return expire <= 0 ? System.currentTimeMillis() : System.currentTimeMillis() + unit.toMillis(expire);
    }
}
