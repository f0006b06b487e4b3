package cn.gridbot.conversation.redis;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import cn.gridbot.common.RedisKeys;
import cn.gridbot.conversation.InboundDedup;
import cn.gridbot.conversation.Reply;

/**
 * {@code SET NX} claims with a short lease while a message is handled, then the reply for ten minutes
 * (WeChat retries within about 15 seconds). When Redis fails the caller is told to go ahead: the
 * database's unique key still stops a duplicate.
 */
@Component
class RedisInboundDedup implements InboundDedup {

    private static final Logger log = LoggerFactory.getLogger(RedisInboundDedup.class);
    private static final Duration LEASE = Duration.ofSeconds(15);
    private static final Duration KEEP_REPLY = Duration.ofMinutes(10);
    private static final Duration POLL = Duration.ofMillis(20);
    private static final String PROCESSING = "P";
    private static final String ANSWERED = "R:";

    private final StringRedisTemplate redis;
    private final String prefix;

    RedisInboundDedup(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.prefix = keys.prefix() + "in:";
    }

    @Override
    public Claim claim(String key) {
        try {
            if (Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(prefix + key, PROCESSING, LEASE))) {
                return new Owner();
            }
            String value = redis.opsForValue().get(prefix + key);
            if (value == null) {
                return new Owner();
            }
            return value.startsWith(ANSWERED) ? new Answered(Reply.of(value.substring(ANSWERED.length()))) : new Busy();
        } catch (DataAccessException e) {
            log.warn("Redis unavailable for message claims, relying on the database: {}", e.getMessage());
            return new Owner();
        }
    }

    @Override
    public Optional<Reply> awaitReply(String key, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                String value = redis.opsForValue().get(prefix + key);
                if (value == null) {
                    return Optional.empty();
                }
                if (value.startsWith(ANSWERED)) {
                    return Optional.of(Reply.of(value.substring(ANSWERED.length())));
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (DataAccessException e) {
            log.warn("Redis unavailable while waiting for a reply: {}", e.getMessage());
        }
        return Optional.empty();
    }

    @Override
    public void remember(String key, Reply reply) {
        try {
            redis.opsForValue().set(prefix + key, ANSWERED + reply.text(), KEEP_REPLY);
        } catch (DataAccessException e) {
            log.warn("Redis unavailable, reply not cached: {}", e.getMessage());
        }
    }
}
