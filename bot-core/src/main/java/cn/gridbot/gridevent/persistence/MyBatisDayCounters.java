package cn.gridbot.gridevent.persistence;

import java.time.LocalDate;

import org.springframework.stereotype.Repository;

import cn.gridbot.gridevent.DayCounters;

/** {@code event_sequence}: one row per day, locked by {@code SELECT ... FOR UPDATE} while a number is taken. */
@Repository
class MyBatisDayCounters implements DayCounters {

    private final DayCounterMapper mapper;

    MyBatisDayCounters(DayCounterMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public long next(LocalDate day, long floor) {
        mapper.ensure(day);
        long next = Math.max(mapper.lock(day), floor) + 1;
        mapper.set(day, next);
        return next;
    }
}
