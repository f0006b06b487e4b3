package cn.gridbot.gridevent.redis;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import cn.gridbot.common.RedisKeys;
import cn.gridbot.gridevent.EventNumbers;
import cn.gridbot.gridevent.GridEvents;

/**
 * A per-day counter in Redis ({@code INCR}), shared by all instances. When the key is missing (first
 * number of the day, or Redis lost its data) it is seeded from the highest number in the database, so
 * a Redis restart does not hand out a number twice; the unique key on the number is the last line.
 */
@Component
class RedisEventNumbers implements EventNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Duration KEEP = Duration.ofDays(3);

    private final StringRedisTemplate redis;
    private final GridEvents events;
    private final String prefix;

    RedisEventNumbers(StringRedisTemplate redis, GridEvents events, RedisKeys keys) {
        this.redis = redis;
        this.events = events;
        this.prefix = keys.prefix() + "evseq:";
    }

    @Override
    public String next(LocalDate day) {
        String dayText = day.format(DAY);
        String key = prefix + dayText;
        if (Boolean.FALSE.equals(redis.hasKey(key))) {
            seed(key, dayText, false);
        }
        Long sequence = redis.opsForValue().increment(key);
        return dayText + "-" + String.format("%04d", sequence);
    }

    @Override
    public void resync(LocalDate day) {
        String dayText = day.format(DAY);
        seed(prefix + dayText, dayText, true);
    }

    private void seed(String key, String dayText, boolean force) {
        long stored = events.lastNumberWithPrefix(dayText + "-")
                .map(n -> Long.parseLong(n.substring(n.indexOf('-') + 1))).orElse(0L);
        if (force) {
            String current = redis.opsForValue().get(key);
            long counter = current == null ? 0 : Long.parseLong(current);
            if (counter < stored) {
                redis.opsForValue().increment(key, stored - counter);
            }
        } else {
            redis.opsForValue().setIfAbsent(key, Long.toString(stored), KEEP);
        }
        redis.expire(key, KEEP);
    }
}
