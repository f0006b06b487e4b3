package cn.gridbot.calendar;

import java.util.List;

/** The stored calendar. */
public interface CalendarDays {

    List<CalendarDay> findAll();

    List<CalendarDay> findYear(int year);

    /** Replaces every stored day of that year with these. */
    void replaceYear(int year, List<CalendarDay> days);

    String fingerprint();
}
