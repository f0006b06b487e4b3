package cn.gridbot.gridevent.persistence;

import java.time.LocalDate;
import java.util.function.LongSupplier;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.gridbot.gridevent.DayCounters;

/** {@code event_sequence}: one row per day, locked by {@code SELECT ... FOR UPDATE} while a number is taken. */
@Repository
class MyBatisDayCounters implements DayCounters {

    private final DayCounterMapper mapper;

    MyBatisDayCounters(DayCounterMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long next(LocalDate day, LongSupplier floor) {
        mapper.ensure(day);
        long next = Math.max(mapper.lock(day), floor.getAsLong()) + 1;
        mapper.set(day, next);
        return next;
    }
}
