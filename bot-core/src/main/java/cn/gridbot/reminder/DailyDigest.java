package cn.gridbot.reminder;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gridbot.common.GridbotSettings;
import cn.gridbot.common.scheduling.Schedulers;
import cn.gridbot.common.PageRequest;
import cn.gridbot.gridevent.EventQuery;
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.notify.Notification;
import cn.gridbot.notify.NotificationKind;
import cn.gridbot.notify.Outbox;
import cn.gridbot.register.RegisterRecord;
import cn.gridbot.register.Registers;
import cn.gridbot.resident.CareLabels;
import cn.gridbot.resident.Resident;
import cn.gridbot.resident.Residents;
import cn.gridbot.worker.Worker;
import cn.gridbot.worker.Workers;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The morning digest (README "Conversation", default 08:00 in {@code gridbot.time-zone}): to each bound worker with
 * something on the day's sheet — open tasks, birthdays today, visits and re-checks due, and on Mondays next week's
 * birthdays — one DAILY_DIGEST, once per worker per day whatever the number of instances or runs.
 */
@Component
public class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);
    private static final String JOB = "daily-digest";

    private final Workers workers;
    private final GridEvents events;
    private final Residents residents;
    private final Outbox outbox;
    private final Clock clock;
    private final GridbotSettings settings;
    private final DailySchedule schedule;
    private final JobRuns runs;
    private final Registers registers;

    DailyDigest(Workers workers, GridEvents events, Residents residents, Outbox outbox, Clock clock,
            GridbotSettings settings, DailySchedule schedule, JobRuns runs, Registers registers) {
        this.registers = registers;
        this.workers = workers;
        this.events = events;
        this.residents = residents;
        this.outbox = outbox;
        this.clock = clock;
        this.settings = settings;
        this.schedule = schedule;
        this.runs = runs;
    }

    /**
     * At the day's time, and at start-up and every catch-up interval after: sends today's digest when its
     * time has come and it has not gone out. A missed day is not sent late — yesterday's open tasks are
     * in today's digest.
     */
    @Scheduled(cron = "${gridbot.daily.digest-cron:0 0 8 * * *}", zone = "${gridbot.time-zone:Asia/Shanghai}",
            scheduler = Schedulers.DAILY)
    @Scheduled(initialDelayString = "${gridbot.daily.catch-up-delay:PT30S}",
            fixedDelayString = "${gridbot.daily.catch-up-interval:PT5M}", scheduler = Schedulers.DAILY)
    @SchedulerLock(name = "daily-digest", lockAtMostFor = "PT30M")
    public void scheduled() {
        catchUp();
    }

    /** Sends today's digest if it is owed; answers how many workers got one (0 when none was owed). */
    public int catchUp() {
        LocalDate today = LocalDate.now(clock.withZone(settings.timeZone()));
        boolean owed = schedule.owed(schedule.digestCron(), runs.lastDone(JOB), clock, settings.timeZone()).contains(today);
        return owed ? send(today) : 0;
    }

    /** Writes the digests for day D; answers how many were new. */
    public int send(LocalDate day) {
        Instant at = clock.instant();
        int sent = 0;
        for (Worker worker : workers.findBound()) {
            List<GridEvent> tasks = events.search(new EventQuery(EventStatus.IN_HAND, null, null, null, worker.code(), null, null, null),
                    new PageRequest(0, 50)).items();
            List<Resident> birthdays = residents.birthdaysInGrid(worker.unitCode(), CareLabels.birthMonthDays(day, day));
            List<Resident> visits = residents.visitsDueInGrid(worker.unitCode(), day.plusDays(1), 20);
            List<Resident> nextWeek = nextWeekBirthdays(worker.unitCode(), day);
            List<RegisterRecord> checks = registers.dueInGrid(worker.unitCode(), day.plusDays(1), 20);
            if (tasks.isEmpty() && birthdays.isEmpty() && visits.isEmpty() && nextWeek.isEmpty() && checks.isEmpty()) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("date", day.getMonthValue() + "月" + day.getDayOfMonth() + "日");
            fields.put("tasks", tasks.size() + " 件待办");
            fields.put("birthdays", birthdays.size() + " 人今天生日");
            fields.put("visits", visits.size() + " 人待走访");
            if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
                fields.put("nextWeekBirthdays", nextWeek.size() + " 人下周生日");
            }
            if (outbox.enqueue(new Notification("DAILY_DIGEST:" + worker.code() + ":" + day, NotificationKind.DAILY_DIGEST,
                    worker.openid(), worker.code(), null, null, null, null, fields,
                    text(worker, day, tasks, birthdays, visits, nextWeek, checks), at))) {
                sent++;
            }
        }
        runs.record(JOB, day, at, clock.instant());
        log.info("Daily digest for {}: {} workers", day, sent);
        return sent;
    }

    /**
     * On a Monday, the residents of the grid whose birthday falls in the week after this one (Monday to Sunday, seven to
     * thirteen days ahead), so the worker can put them on the weekly sheet in time (README "The grid worker's own day");
     * on other days none.
     */
    private List<Resident> nextWeekBirthdays(String gridCode, LocalDate day) {
        if (day.getDayOfWeek() != DayOfWeek.MONDAY) {
            return List.of();
        }
        LocalDate monday = day.plusDays(7);
        return residents.birthdaysInGrid(gridCode, CareLabels.birthMonthDays(monday, monday.plusDays(6))).stream()
                .sorted(Comparator.comparing(r -> CareLabels.nextBirthday(r.birthDate(), monday))).toList();
    }

    /** Records due for a re-check by tomorrow (README "Registers"); a SPECIAL one by name only. */
    private static String rechecks(List<RegisterRecord> checks) {
        StringBuilder text = new StringBuilder();
        if (!checks.isEmpty()) {
            text.append("\n待复核 ").append(checks.size()).append(" 项:");
            checks.forEach(r -> text.append("\n· ").append(r.describe()));
        }
        return text.toString();
    }

    private static String text(Worker worker, LocalDate day, List<GridEvent> tasks, List<Resident> birthdays,
            List<Resident> visits, List<Resident> nextWeek, List<RegisterRecord> checks) {
        StringBuilder text = new StringBuilder(worker.name()).append(",早上好!今天的工作:\n");
        text.append("待办事件 ").append(tasks.size()).append(" 件");
        tasks.stream().limit(5).forEach(e -> text.append("\n· ").append(e.number()).append(" ").append(e.category().label())
                .append(" ").append(e.status().label()));
        if (!birthdays.isEmpty()) {
            text.append("\n今天生日:");
            birthdays.forEach(r -> text.append("\n· ").append(CareLabels.describe(r, day)));
        }
        if (!visits.isEmpty()) {
            text.append("\n待走访:");
            visits.forEach(r -> text.append("\n· ").append(CareLabels.describe(r, day)));
        }
        if (!nextWeek.isEmpty()) {
            text.append("\n下周生日:");
            nextWeek.forEach(r -> {
                LocalDate on = CareLabels.nextBirthday(r.birthDate(), day.plusDays(7));
                text.append("\n· ").append(on.getMonthValue()).append("月").append(on.getDayOfMonth()).append("日 ")
                        .append(CareLabels.describe(r, on));
            });
        }
        return text.append(rechecks(checks)).append("\n回复「任务」查看详情。").toString();
    }
}
