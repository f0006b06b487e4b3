package cn.gridbot.conversation.redis;

import java.time.Duration;
import java.util.Optional;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import cn.gridbot.common.RedisKeys;
import cn.gridbot.common.RedisGuard;
import cn.gridbot.conversation.InboundDedup;
import cn.gridbot.conversation.Reply;

/**
 * {@code SET NX} claims with a short lease while a message is handled, then the reply for ten minutes
 * (WeChat retries within about 15 seconds). Without Redis the caller is told to go ahead: the message
 * log's unique key in the database still stops a duplicate.
 */
@Component
class RedisInboundDedup implements InboundDedup {

    private static final Duration LEASE = Duration.ofSeconds(15);
    private static final Duration KEEP_REPLY = Duration.ofMinutes(10);
    private static final Duration POLL = Duration.ofMillis(20);
    private static final String PROCESSING = "P";
    private static final String ANSWERED = "R:";

    private final StringRedisTemplate redis;
    private final RedisGuard guard;
    private final String prefix;

    RedisInboundDedup(StringRedisTemplate redis, RedisGuard guard, RedisKeys keys) {
        this.redis = redis;
        this.guard = guard;
        this.prefix = keys.prefix() + "in:";
    }

    @Override
    public Claim claim(String key) {
        return guard.call(() -> {
            if (Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(prefix + key, PROCESSING, LEASE))) {
                return new Owner();
            }
            String value = redis.opsForValue().get(prefix + key);
            if (value == null) {
                return new Owner();
            }
            return value.startsWith(ANSWERED) ? new Answered(Reply.of(value.substring(ANSWERED.length()))) : new Busy();
        }, Owner::new);
    }

    @Override
    public Optional<Reply> awaitReply(String key, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> value = guard.call(() -> Optional.ofNullable(redis.opsForValue().get(prefix + key)),
                    () -> Optional.empty());
            if (value.isEmpty()) {
                return Optional.empty();
            }
            if (value.get().startsWith(ANSWERED)) {
                return Optional.of(Reply.of(value.get().substring(ANSWERED.length())));
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    @Override
    public void remember(String key, Reply reply) {
        guard.run(() -> redis.opsForValue().set(prefix + key, ANSWERED + reply.text(), KEEP_REPLY));
    }
}
