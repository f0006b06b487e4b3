package cn.gridbot.calendar;

import java.time.LocalDate;

/** A day the State Council notice makes a holiday, or a weekend day it makes a working day (调休). */
public record CalendarDay(LocalDate day, Kind kind, String name) {

    public enum Kind { HOLIDAY, WORKDAY }
}
