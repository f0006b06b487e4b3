package cn.gridbot.app.health;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import cn.gridbot.common.RedisGuard;

/** Redis answers a PING (through the guard, so a probe also tells the guard when Redis is back). */
@Component("redis")
class RedisHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "working without it");

    private final StringRedisTemplate redis;
    private final RedisGuard guard;

    RedisHealth(StringRedisTemplate redis, RedisGuard guard) {
        this.redis = redis;
        this.guard = guard;
    }

    @Override
    public Health health() {
        boolean answers = guard.call(() -> "PONG".equalsIgnoreCase(redis.execute(c -> c.ping(), true)), () -> false);
        Health.Builder health = answers ? Health.up() : Health.status(DEGRADED)
                .withDetail("effect", "claims, counters and the token cache fall back to the database and memory");
        return health.withDetail("circuit", guard.state()).build();
    }
}
