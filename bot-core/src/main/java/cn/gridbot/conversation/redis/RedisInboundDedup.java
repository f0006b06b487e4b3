package cn.gridbot.conversation.redis;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import cn.gridbot.common.RedisGuard;
import cn.gridbot.common.RedisKeys;
import cn.gridbot.conversation.InboundDedup;
import cn.gridbot.conversation.Reply;

/**
 * {@code SET NX} claims with a short lease while a message is handled, then the reply for ten minutes (WeChat
 * retries within about 15 seconds); the flood counter is a count per person per clock minute ({@code INCR} with
 * expiry), shared by all instances. Claim and count are one script, one round trip (README "Throughput"). Without
 * Redis the caller is told to go ahead and nobody is counted: the message log's unique key in the database still
 * stops a duplicate, and a flood then costs work, never a resident's message.
 */
@Component
class RedisInboundDedup implements InboundDedup {

    private static final Duration LEASE = Duration.ofSeconds(15);
    private static final Duration KEEP_REPLY = Duration.ofMinutes(10);
    private static final Duration FLOOD_WINDOW = Duration.ofSeconds(70);
    private static final Duration POLL = Duration.ofMillis(20);
    private static final String PROCESSING = "P";
    private static final String ANSWERED = "R:";
    /**
     * KEYS[1] the claim, KEYS[2] the sender's minute ("" when not counted); ARGV the lease and the minute's
     * expiry in milliseconds. Answers {1, count} to the new owner (count 0 when not counted), {0, value} otherwise.
     */
    private static final RedisScript<List> CLAIM = RedisScript.of("""
            if redis.call('SET', KEYS[1], 'P', 'NX', 'PX', ARGV[1]) then
              if KEYS[2] == '' then return {1, 0} end
              local n = redis.call('INCR', KEYS[2])
              if n == 1 then redis.call('PEXPIRE', KEYS[2], ARGV[2]) end
              return {1, n}
            end
            return {0, redis.call('GET', KEYS[1])}
            """, List.class);

    private final StringRedisTemplate redis;
    private final RedisGuard guard;
    private final Clock clock;
    private final String prefix;
    private final String floodPrefix;

    RedisInboundDedup(StringRedisTemplate redis, RedisGuard guard, Clock clock, RedisKeys keys) {
        this.redis = redis;
        this.guard = guard;
        this.clock = clock;
        this.prefix = keys.prefix() + "in:";
        this.floodPrefix = keys.prefix() + "flood:";
    }

    @Override
    public Claim claim(String key, String sender) {
        String minute = sender == null ? "" : floodPrefix + sender + ":" + clock.millis() / 60_000;
        return guard.call(() -> {
            List<?> answer = redis.execute(CLAIM, List.of(prefix + key, minute), Long.toString(LEASE.toMillis()),
                    Long.toString(FLOOD_WINDOW.toMillis()));
            if (answer == null || answer.size() < 2) {
                throw new IllegalStateException("The claim script answered nothing");
            }
            if (((Number) answer.get(0)).longValue() == 1) {
                return new Owner(((Number) answer.get(1)).longValue() > LIMIT_PER_MINUTE);
            }
            Object value = answer.get(1);
            if (!(value instanceof String text)) {
                return new Owner(false); // the claim expired between SET and GET: nobody holds it now
            }
            return text.startsWith(ANSWERED) ? new Answered(Reply.of(text.substring(ANSWERED.length()))) : new Busy();
        }, () -> new Owner(false));
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
