package cn.gridbot.gridevent;

import java.time.LocalDate;
import java.util.function.Function;

import org.slf4j.LoggerFactory;

/**
 * Hands out readable event numbers, {@code yyyyMMdd-nnnn}: a per-day sequence unique across all
 * instances (README "Conversation").
 */
public interface EventNumbers {

    /** How often {@link #withNextNumber} takes a new number before it gives up. */
    int ATTEMPTS = 5;

    String next(LocalDate day);

    /** Moves the day's counter past every number already stored, after a collision showed it was behind. */
    void resync(LocalDate day);

    /**
     * Stores an event under the day's next number: {@code store} builds the event with the number it is given and
     * stores it. A number found taken ({@link GridEvents.NumberTaken}: a counter behind the database, as Redis's is
     * when it comes back from an outage during which the database's counter handed out numbers) moves the day's
     * counter past the stored numbers and {@code store} runs again with the next one, {@link #ATTEMPTS} times at most.
     */
    default <T> T withNextNumber(LocalDate day, Function<String, T> store) {
        for (int attempt = 1; ; attempt++) {
            try {
                return store.apply(next(day));
            } catch (GridEvents.NumberTaken e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                LoggerFactory.getLogger(EventNumbers.class).warn("{}; resynchronising the day's counter", e.getMessage());
                resync(day);
            }
        }
    }
}
