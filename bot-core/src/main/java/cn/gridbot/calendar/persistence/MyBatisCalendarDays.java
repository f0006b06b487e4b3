package cn.gridbot.calendar.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Repository;

import cn.gridbot.calendar.CalendarDay;
import cn.gridbot.calendar.CalendarDays;

@Repository
class MyBatisCalendarDays implements CalendarDays {

    private final CalendarMapper mapper;
    private final Clock clock;

    MyBatisCalendarDays(CalendarMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public List<CalendarDay> findAll() {
        return mapper.selectAll();
    }

    @Override
    public List<CalendarDay> findYear(int year) {
        return mapper.selectBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Override
    public void replaceYear(int year, List<CalendarDay> days) {
        mapper.deleteBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        Instant at = clock.instant();
        days.forEach(d -> mapper.insert(d, at));
    }

    @Override
    public String fingerprint() {
        Map<String, Object> f = mapper.fingerprint();
        return f.get("days") + "@" + f.get("changed");
    }
}
