package cn.gridbot.patrol;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gridbot.common.GridbotSettings;
import cn.gridbot.common.scheduling.Schedulers;
import cn.gridbot.notify.Notification;
import cn.gridbot.notify.NotificationKind;
import cn.gridbot.notify.Outbox;
import cn.gridbot.reminder.JobRuns;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * PATROL_DUE (README "The grid worker's own day"): at {@code gridbot.patrol.remind-morning} (10:30) and
 * {@code remind-afternoon} (16:30) of each working day, every on-duty grid worker bound to WeChat who has neither
 * done a valid patrol in that half-day nor one under way is reminded, once: the key
 * {@code PATROL_DUE:worker:date:half} is unique in the outbox, so a repeated run or one on another instance at the
 * same moment creates nothing new. A reminder time missed while no instance ran is caught up until its half-day ends.
 */
@Component
public class PatrolReminders {

    private static final Logger log = LoggerFactory.getLogger(PatrolReminders.class);
    private static final String JOB = "patrol-due-";

    private final TwiceDaily duty;
    private final Outbox outbox;
    private final JobRuns runs;
    private final PatrolSettings settings;
    private final Clock clock;
    private final ZoneId zone;

    PatrolReminders(TwiceDaily duty, Outbox outbox, JobRuns runs, PatrolSettings settings, Clock clock,
            GridbotSettings gridbot) {
        this.duty = duty;
        this.outbox = outbox;
        this.runs = runs;
        this.settings = settings;
        this.clock = clock;
        this.zone = gridbot.timeZone();
    }

    @Scheduled(initialDelayString = "${gridbot.daily.catch-up-delay:PT30S}",
            fixedDelayString = "${gridbot.patrol.remind-check-interval:PT1M}", scheduler = Schedulers.DAILY)
    @SchedulerLock(name = "patrol-reminders", lockAtMostFor = "PT10M")
    public void tick() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        LocalDate today = now.toLocalDate();
        for (HalfDay half : HalfDay.values()) {
            LocalTime at = half == HalfDay.MORNING ? settings.remindMorning() : settings.remindAfternoon();
            boolean due = !now.toLocalTime().isBefore(at) && now.toInstant().isBefore(half.end(today, settings.noon(), zone));
            Optional<LocalDate> last = runs.lastDone(JOB + half.name().toLowerCase());
            if (due && (last.isEmpty() || last.get().isBefore(today))) {
                run(today, half);
            }
        }
    }

    /** Reminds the workers who owe this half-day's patrol; answers how many reminders were new. */
    public int run(LocalDate day, HalfDay half) {
        Instant started = clock.instant();
        TwiceDaily.HalfDuty owed = duty.duty(day, half, null);
        List<Notification> reminders = new ArrayList<>();
        for (DutyWorker w : owed.owing()) {
            if (w.openid() != null && !w.openid().isBlank() && !owed.done().contains(w.code())
                    && !owed.underway().contains(w.code())) {
                reminders.add(reminder(w, day, half, started));
            }
        }
        int created = reminders.isEmpty() ? 0 : outbox.enqueueAll(reminders);
        runs.record(JOB + half.name().toLowerCase(), day, started, clock.instant());
        log.info("Patrol reminders for {} {}: {} new of {} owing", day, half, created, reminders.size());
        return created;
    }

    private Notification reminder(DutyWorker w, LocalDate day, HalfDay half, Instant at) {
        String when = day.getMonthValue() + "月" + day.getDayOfMonth() + "日" + half.label();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("worker", w.name());
        fields.put("date", when);
        fields.put("status", "尚未完成有效巡查");
        fields.put("action", "回复「巡查」开始");
        String text = "【巡查提醒】" + w.name() + ",今天" + half.label() + "的网格巡查还没有完成(一日双巡)。\n回复「巡查」开始,沿途发送位置,"
                + "结束时回复「结束巡查 记录」。有效巡查需至少 " + settings.minDuration().toMinutes() + " 分钟,且至少 "
                + settings.minPoints() + " 个位置点在本网格内。";
        return new Notification("PATROL_DUE:" + w.code() + ":" + day + ":" + half, NotificationKind.PATROL_DUE, w.openid(),
                w.code(), null, null, null, w.unitPath(), fields, text, at);
    }
}
