package cn.gridbot.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gridbot.common.GridbotSettings;
import cn.gridbot.common.scheduling.Schedulers;
import cn.gridbot.notify.Notification;
import cn.gridbot.notify.NotificationKind;
import cn.gridbot.notify.Outbox;
import cn.gridbot.register.RecheckReminders;
import cn.gridbot.resident.CareLabels;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The care reminder run for a date D (README "Conversation"), to the workers of each resident's grid:
 * BIRTHDAY_UPCOMING (birthday on D+1..D+3) and BIRTHDAY_TODAY, once per resident per year, for residents
 * tagged ELDERLY or EMPTY_NEST (29 February counts as 28 February in other years); VISIT_DUE (due on D
 * or D+1) and VISIT_OVERDUE (due before D), once per resident per due date. Every reminder has a unique
 * key ({@code KIND:resident:year-or-due-date:worker}) and is inserted with INSERT IGNORE, so repeating a
 * run, or running it on several instances at once, creates nothing new. Overdue visits are looked up
 * from the previous run's date on (plus residents changed since), so a day without a run is caught up
 * and the cost follows what is due, not the size of the register. The registers' re-checks (CHECK_DUE,
 * CHECK_OVERDUE) follow the same rules ({@link RecheckReminders}).
 */
@Component
public class ReminderRun {

    static final List<NotificationKind> KINDS = List.of(NotificationKind.BIRTHDAY_UPCOMING,
            NotificationKind.BIRTHDAY_TODAY, NotificationKind.VISIT_DUE, NotificationKind.VISIT_OVERDUE,
            NotificationKind.CHECK_DUE, NotificationKind.CHECK_OVERDUE);
    private static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);
    private static final Logger log = LoggerFactory.getLogger(ReminderRun.class);

    private final CareSheet sheet;
    private final Outbox outbox;
    private final ReminderNotices notices;
    private final Clock clock;
    private final GridbotSettings settings;
    private final DailySchedule schedule;
    private final ApplicationEventPublisher runs;
    private final RecheckReminders rechecks;

    ReminderRun(CareSheet sheet, Outbox outbox, ReminderNotices notices, Clock clock, GridbotSettings settings,
            DailySchedule schedule, ApplicationEventPublisher runs, RecheckReminders rechecks) {
        this.rechecks = rechecks;
        this.sheet = sheet;
        this.outbox = outbox;
        this.notices = notices;
        this.clock = clock;
        this.settings = settings;
        this.schedule = schedule;
        this.runs = runs;
    }

    /**
     * At the day's time, and at start-up and every catch-up interval after: runs each date that is owed —
     * today once its time has come, and any day missed while no instance ran (birthdays included).
     */
    @Scheduled(cron = "${gridbot.daily.reminders-cron:0 30 7 * * *}", zone = "${gridbot.time-zone:Asia/Shanghai}",
            scheduler = Schedulers.DAILY)
    @Scheduled(initialDelayString = "${gridbot.daily.catch-up-delay:PT30S}",
            fixedDelayString = "${gridbot.daily.catch-up-interval:PT5M}", scheduler = Schedulers.DAILY)
    @SchedulerLock(name = "care-reminders", lockAtMostFor = "PT30M")
    public void daily() {
        catchUp();
    }

    /** Runs every date owed, oldest first; answers what each run created. */
    public List<ReminderCounts> catchUp() {
        Optional<LocalDate> lastDone = sheet.previousRun(LocalDate.now(clock.withZone(settings.timeZone())).plusDays(1))
                .map(CareSheet.Run::day);
        return schedule.owed(schedule.remindersCron(), lastDone, clock, settings.timeZone()).stream().map(this::run).toList();
    }

    public ReminderCounts run(LocalDate day) {
        Instant started = clock.instant();
        Map<String, Notification> reminders = new LinkedHashMap<>();
        for (CareDue due : sheet.birthdays(CareLabels.birthMonthDays(day, day))) {
            add(reminders, notices.birthday(NotificationKind.BIRTHDAY_TODAY, due, day, started));
        }
        for (CareDue due : sheet.birthdays(CareLabels.birthMonthDays(day.plusDays(1), day.plusDays(3)))) {
            LocalDate birthday = CareLabels.nextBirthday(due.resident().birthDate(), day.plusDays(1));
            add(reminders, notices.birthday(NotificationKind.BIRTHDAY_UPCOMING, due, birthday, started));
        }
        List<CareDue> dueSoon = new ArrayList<>(sheet.visitsDueBetween(day, day.plusDays(1)));
        dueSoon.addAll(sheet.neverVisited());
        for (CareDue due : dueSoon) {
            add(reminders, notices.visit(NotificationKind.VISIT_DUE, due, due.visitDue(day), day, started));
        }
        for (CareDue due : overdue(day)) {
            add(reminders, notices.visit(NotificationKind.VISIT_OVERDUE, due, due.visitDue(day), day, started));
        }
        Optional<CareSheet.Run> previous = sheet.previousRun(day);
        rechecks.forDay(day, previous.map(CareSheet.Run::day).orElse(null),
                previous.map(CareSheet.Run::startedAt).orElse(null), started).forEach(n -> add(reminders, n));
        Map<NotificationKind, Integer> created = ReminderCounts.zeros();
        for (NotificationKind kind : KINDS) {
            List<Notification> ofKind = reminders.values().stream().filter(n -> n.kind() == kind).toList();
            created.put(kind, outbox.enqueueAll(ofKind));
        }
        Instant finished = clock.instant();
        sheet.recordRun(day, started, finished);
        ReminderCounts counts = new ReminderCounts(day, created, finished.toEpochMilli() - started.toEpochMilli());
        log.info("Reminders for {}: {} new of {} due ({} ms)", day, counts.total(), reminders.size(), counts.millis());
        runs.publishEvent(counts);
        return counts;
    }

    /** Due before D: since the previous run's date (it covered the days before), plus changed residents. */
    private List<CareDue> overdue(LocalDate day) {
        LocalDate yesterday = day.minusDays(1);
        return sheet.previousRun(day).map(previous -> {
            List<CareDue> rows = new ArrayList<>(sheet.visitsDueBetween(previous.day(), yesterday));
            rows.addAll(sheet.overdueChangedSince(day, previous.startedAt()));
            return rows;
        }).orElseGet(() -> sheet.visitsDueBetween(BEGINNING, yesterday));
    }

    private static void add(Map<String, Notification> reminders, Notification n) {
        reminders.putIfAbsent(n.key(), n);
    }
}
