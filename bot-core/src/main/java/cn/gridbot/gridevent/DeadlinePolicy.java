package cn.gridbot.gridevent;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

import cn.gridbot.calendar.WorkingCalendar;
import cn.gridbot.classify.Category;
import cn.gridbot.common.GridbotSettings;

/**
 * Sign-for and resolve deadlines (README "Event lifecycle"). Emergencies run on the clock (15 minutes / 1 day by
 * default). Other events count working time from the holiday calendar: the sign-for window in working
 * hours, so a report on a Saturday night waits for Monday morning; the resolve window in working days,
 * ending at the close of the last one — reported Monday, three working days means Thursday 18:00.
 */
@Component
class DeadlinePolicy {

    private final WorkingCalendar calendar;
    private final DeadlineSettings settings;
    private final ZoneId zone;

    DeadlinePolicy(WorkingCalendar calendar, DeadlineSettings settings, GridbotSettings gridbot) {
        this.calendar = calendar;
        this.settings = settings;
        this.zone = gridbot.timeZone();
    }

    public Deadlines forAssignment(Category category, boolean urgent, Instant at) {
        if (urgent || category == Category.EMERGENCY) {
            return new Deadlines(at.plus(settings.urgentSign()), at.plus(settings.urgentResolve()));
        }
        return new Deadlines(addWorkingTime(at, settings.signFor(category)), afterWorkingDays(at, settings.resolveDaysFor(category)));
    }

    /** Adds time that only runs during working hours of working days. */
    Instant addWorkingTime(Instant from, Duration amount) {
        ZonedDateTime now = from.atZone(zone);
        Duration left = amount;
        while (true) {
            LocalDate day = now.toLocalDate();
            ZonedDateTime open = day.atTime(settings.workDayStart()).atZone(zone);
            ZonedDateTime close = day.atTime(settings.workDayEnd()).atZone(zone);
            if (!calendar.isWorkingDay(day) || !now.isBefore(close)) {
                now = calendar.nextWorkingDay(day).atTime(settings.workDayStart()).atZone(zone);
                continue;
            }
            if (now.isBefore(open)) {
                now = open;
            }
            Duration today = Duration.between(now, close);
            if (today.compareTo(left) >= 0) {
                return now.plus(left).toInstant();
            }
            left = left.minus(today);
            now = close;
        }
    }

    /** The close of the {@code days}-th working day after the day of {@code from}. */
    Instant afterWorkingDays(Instant from, int days) {
        LocalDate day = from.atZone(zone).toLocalDate();
        for (int i = 0; i < days; i++) {
            day = calendar.nextWorkingDay(day);
        }
        return LocalDateTime.of(day, settings.workDayEnd()).atZone(zone).toInstant();
    }
}
