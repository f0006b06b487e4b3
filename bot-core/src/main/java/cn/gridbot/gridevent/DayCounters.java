package cn.gridbot.gridevent;

import java.time.LocalDate;

/** A per-day counter in the database: where event numbers come from when Redis is away. */
public interface DayCounters {

    /**
     * The day's next value, above {@code floor} and above every value handed out before; the day's row
     * stays locked until the caller's transaction ends, so two callers never get the same value.
     */
    long next(LocalDate day, long floor);
}
