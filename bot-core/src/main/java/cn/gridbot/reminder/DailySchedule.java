package cn.gridbot.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;

/**
 * {@code gridbot.daily.*}: when the daily jobs are due ({@code reminders-cron}, 07:30, and
 * {@code digest-cron}, 08:00, in {@code gridbot.time-zone}; "-" turns one off) and which dates a job still
 * owes: a date whose time came while no instance ran it is run late — at start-up or at the next check,
 * every {@code catch-up-interval} — going back at most {@code catch-up-days}.
 */
@ConfigurationProperties("gridbot.daily")
public record DailySchedule(@DefaultValue("0 30 7 * * *") String remindersCron, @DefaultValue("0 0 8 * * *") String digestCron,
        @DefaultValue("7") int catchUpDays) {

    /**
     * The dates a job owes now, oldest first: from the day after {@code lastDone} (or today when it never
     * ran), no further back than the catch-up window, to today once today's time has come.
     */
    List<LocalDate> owed(String cron, Optional<LocalDate> lastDone, Clock clock, ZoneId zone) {
        if (Scheduled.CRON_DISABLED.equals(cron)) {
            return List.of();
        }
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        LocalDate today = now.toLocalDate();
        LocalDate first = lastDone.map(d -> d.plusDays(1)).orElse(today);
        if (first.isBefore(today.minusDays(catchUpDays))) {
            first = today.minusDays(catchUpDays);
        }
        List<LocalDate> owed = new ArrayList<>();
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            owed.add(day);
        }
        if (!first.isAfter(today) && timeHasCome(cron, now)) {
            owed.add(today);
        }
        return owed;
    }

    private static boolean timeHasCome(String cron, ZonedDateTime now) {
        ZonedDateTime midnight = now.toLocalDate().atStartOfDay(now.getZone());
        ZonedDateTime firstToday = CronExpression.parse(cron).next(midnight.minusNanos(1));
        return firstToday != null && firstToday.toLocalDate().equals(now.toLocalDate()) && !now.isBefore(firstToday);
    }
}
