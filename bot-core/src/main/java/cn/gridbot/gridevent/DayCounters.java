package cn.gridbot.gridevent;

import java.time.LocalDate;
import java.util.function.LongSupplier;

/** A per-day counter in the database: where event numbers come from when Redis is away. */
public interface DayCounters {

    /**
     * The day's next value, above {@code floor} and above every value handed out before, taken in a short
     * transaction of its own (the day's row locked only for that moment, the floor read there): a number is never
     * held back by the long transaction that uses it — a group commit's (README "Throughput") — and one given
     * up with a rolled-back transaction is skipped, not handed out twice.
     */
    long next(LocalDate day, LongSupplier floor);
}
