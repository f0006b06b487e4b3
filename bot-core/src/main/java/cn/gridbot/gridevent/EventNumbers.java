package cn.gridbot.gridevent;

import java.time.LocalDate;

/**
 * Hands out readable event numbers, {@code yyyyMMdd-nnnn}: a per-day sequence unique across all
 * instances (README "Conversation").
 */
public interface EventNumbers {

    String next(LocalDate day);

    /** Moves the day's counter past every number already stored, after a collision showed it was behind. */
    void resync(LocalDate day);
}
