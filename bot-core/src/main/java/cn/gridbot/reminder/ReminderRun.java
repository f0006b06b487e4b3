package cn.gridbot.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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
import cn.gridbot.notify.OutboxStream;
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
        Optional<CareSheet.Run> previous = sheet.previousRun(day);
        Map<NotificationKind, Integer> created = ReminderCounts.zeros();
        int due;
        // Made kind by kind in KINDS order and written as they are made (OutboxStream), so that the run holds the
        // keys, not a million residents' reminders; a key made twice (a resident both due and changed) counts once.
        try (OutboxStream out = outbox.stream()) {
            Set<String> keys = new HashSet<>();
            Consumer<Notification> add = n -> {
                if (keys.add(n.key())) {
                    out.add(n);
                }
            };
            sheet.birthdays(CareLabels.birthMonthDays(day.plusDays(1), day.plusDays(3)), d -> {
                LocalDate birthday = CareLabels.nextBirthday(d.resident().birthDate(), day.plusDays(1));
                add.accept(notices.birthday(NotificationKind.BIRTHDAY_UPCOMING, d, birthday, started));
            });
            sheet.birthdays(CareLabels.birthMonthDays(day, day),
                    d -> add.accept(notices.birthday(NotificationKind.BIRTHDAY_TODAY, d, day, started)));
            Consumer<CareDue> dueSoon = d -> add.accept(notices.visit(NotificationKind.VISIT_DUE, d, d.visitDue(day), day, started));
            sheet.visitsDueBetween(day, day.plusDays(1), dueSoon);
            sheet.neverVisited(dueSoon);
            overdue(day, previous, d -> add.accept(notices.visit(NotificationKind.VISIT_OVERDUE, d, d.visitDue(day), day, started)));
            rechecks.forDay(day, previous.map(CareSheet.Run::day).orElse(null), previous.map(CareSheet.Run::startedAt).orElse(null),
                    started, add);
            created.putAll(out.finish());
            due = keys.size();
        }
        Instant finished = clock.instant();
        sheet.recordRun(day, started, finished);
        ReminderCounts counts = new ReminderCounts(day, created, finished.toEpochMilli() - started.toEpochMilli());
        log.info("Reminders for {}: {} new of {} due ({} ms)", day, counts.total(), due, counts.millis());
        runs.publishEvent(counts);
        return counts;
    }

    /** Due before D: since the previous run's date (it covered the days before), plus changed residents. */
    private void overdue(LocalDate day, Optional<CareSheet.Run> previous, Consumer<CareDue> each) {
        LocalDate yesterday = day.minusDays(1);
        if (previous.isPresent()) {
            sheet.visitsDueBetween(previous.get().day(), yesterday, each);
            sheet.overdueChangedSince(day, previous.get().startedAt(), each);
        } else {
            sheet.visitsDueBetween(BEGINNING, yesterday, each);
        }
    }
}
