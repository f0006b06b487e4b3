package cn.gridbot.calendar;

import cn.gridbot.common.scheduling.Schedulers;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells working days from days off: a stored holiday is off, a stored make-up day (调休) is worked,
 * otherwise Monday to Friday are worked. Reloads when the stored calendar changes, on any instance.
 */
@Component
public class WorkingCalendar {

    private final CalendarDays days;
    private volatile Snapshot snapshot;

    private record Snapshot(String fingerprint, Map<LocalDate, CalendarDay.Kind> kinds, Set<Integer> years) {
    }

    WorkingCalendar(CalendarDays days) {
        this.days = days;
    }

    public boolean isWorkingDay(LocalDate day) {
        CalendarDay.Kind kind = current().kinds().get(day);
        if (kind != null) {
            return kind == CalendarDay.Kind.WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The first working day after {@code day}. */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** Years with stored holidays; other years count weekends only. */
    public Set<Integer> knownYears() {
        return current().years();
    }

    public synchronized void reload() {
        Map<LocalDate, CalendarDay.Kind> kinds = new HashMap<>();
        Set<Integer> years = new TreeSet<>();
        String fingerprint = days.fingerprint();
        for (CalendarDay d : days.findAll()) {
            kinds.put(d.day(), d.kind());
            years.add(d.day().getYear());
        }
        snapshot = new Snapshot(fingerprint, Map.copyOf(kinds), Set.copyOf(years));
    }

    @Scheduled(fixedDelayString = "${gridbot.grid.refresh-interval:PT15S}", scheduler = Schedulers.HOUSEKEEPING)
    void refreshWhenChanged() {
        Snapshot s = snapshot;
        if (s == null || !days.fingerprint().equals(s.fingerprint())) {
            reload();
        }
    }

    private Snapshot current() {
        if (snapshot == null) {
            reload();
        }
        return snapshot;
    }
}
