package cn.gridbot.gridevent.redis;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import cn.gridbot.common.RedisKeys;
import cn.gridbot.common.RedisGuard;
import cn.gridbot.gridevent.DayCounters;
import cn.gridbot.gridevent.EventNumbers;
import cn.gridbot.gridevent.GridEvents;

/**
 * A per-day counter in Redis ({@code INCR}), shared by all instances: one round trip per number. When
 * the counter is new (first number of the day, or Redis lost its data) it is moved past the highest
 * number in the database, so a Redis restart does not hand out a number twice; if two instances race
 * through that moment, the unique key on the number catches it and {@link #resync} moves on. Without
 * Redis the day's counter row in the database hands out the numbers, past every number stored; a counter
 * behind after Redis comes back is caught the same way ({@link EventNumbers#withNextNumber}).
 */
@Component
class RedisEventNumbers implements EventNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Duration KEEP = Duration.ofDays(3);

    private final StringRedisTemplate redis;
    private final RedisGuard guard;
    private final GridEvents events;
    private final DayCounters database;
    private final String prefix;

    RedisEventNumbers(StringRedisTemplate redis, RedisGuard guard, GridEvents events, DayCounters database,
            RedisKeys keys) {
        this.redis = redis;
        this.guard = guard;
        this.events = events;
        this.database = database;
        this.prefix = keys.prefix() + "evseq:";
    }

    @Override
    public String next(LocalDate day) {
        String dayText = day.format(DAY);
        long sequence = guard.call(() -> fromRedis(dayText), () -> fromDatabase(day, dayText));
        return number(dayText, sequence);
    }

    /**
     * The database's counter, moved past every number stored: those committed, read in the counter's own
     * transaction, and those the caller's transaction stored and has not committed yet, read here — a load
     * that took numbers from Redis before it went away (the demo county's) is not given them again.
     */
    private long fromDatabase(LocalDate day, String dayText) {
        long ownUncommitted = highestStored(dayText);
        return database.next(day, () -> Math.max(ownUncommitted, highestStored(dayText)));
    }

    /** The day, a dash and the sequence in at least four digits: 20261201-0007. */
    static String number(String dayText, long sequence) {
        String digits = Long.toString(sequence);
        return dayText + "-" + "0000".substring(Math.min(4, digits.length())) + digits;
    }

    @Override
    public void resync(LocalDate day) {
        String dayText = day.format(DAY);
        long stored = highestStored(dayText);
        guard.run(() -> {
            String key = prefix + dayText;
            String current = redis.opsForValue().get(key);
            long counter = current == null ? 0 : Long.parseLong(current);
            if (counter < stored) {
                redis.opsForValue().increment(key, stored - counter);
            }
            redis.expire(key, KEEP);
        });
    }

    private long fromRedis(String dayText) {
        String key = prefix + dayText;
        Long sequence = redis.opsForValue().increment(key);
        if (sequence == null) {
            throw new IllegalStateException("INCR answered nothing");
        }
        if (sequence == 1) {
            // A new counter: the first number of the day, or Redis lost the key. Move it past the database.
            long stored = highestStored(dayText);
            if (stored > 0) {
                sequence = redis.opsForValue().increment(key, stored);
            }
            redis.expire(key, KEEP);
        }
        return sequence;
    }

    private long highestStored(String dayText) {
        return events.lastNumberWithPrefix(dayText + "-")
                .map(n -> Long.parseLong(n.substring(n.indexOf('-') + 1))).orElse(0L);
    }
}
