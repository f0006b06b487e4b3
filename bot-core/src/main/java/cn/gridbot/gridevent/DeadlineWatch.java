package cn.gridbot.gridevent;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gridbot.common.Failures;
import cn.gridbot.common.scheduling.Schedulers;
import cn.gridbot.worker.Workers;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Follows deadlines (README "Event lifecycle"), once across instances: a late sign-for reminds the worker, and if it
 * is still not signed {@code escalateAfter} later the event goes up to the township centre; a late
 * resolution marks the event overdue for supervisors; a resolved event nobody rated closes after 7 days.
 * Each event is handled in its own transaction, so one failure does not hold up the rest.
 */
@Component
public class DeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);
    private static final int BATCH = 200;

    private final GridEvents events;
    private final Workers workers;
    private final TaskNotices tasks;
    private final ResidentNotices residents;
    private final DeadlineSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DeadlineWatch(GridEvents events, Workers workers, TaskNotices tasks, ResidentNotices residents,
            DeadlineSettings settings, TransactionTemplate transaction, Clock clock) {
        this.events = events;
        this.workers = workers;
        this.tasks = tasks;
        this.residents = residents;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gridbot.deadlines.watch-interval:PT1M}", scheduler = Schedulers.URGENT)
    @SchedulerLock(name = "deadline-watch", lockAtMostFor = "PT2M")
    public void run() {
        Instant now = clock.instant();
        int reminded = each(GridEvents.WatchStep.SIGN_REMINDER, now, (event, at) -> {
            event.markSignReminded(at);
            GridEvent saved = events.update(event);
            workers.findByCode(saved.assigneeCode()).ifPresent(w -> tasks.signOverdue(saved, w, at));
        });
        int escalated = each(GridEvents.WatchStep.SIGN_ESCALATION, now.minus(settings.escalateAfter()), (event, at) -> {
            event.escalate(Actor.SYSTEM, "超时未签收,自动上报", at);
            tasks.toDispatcher(events.update(event), at);
        });
        int overdue = each(GridEvents.WatchStep.RESOLVE_OVERDUE, now, (event, at) -> {
            event.markOverdue(at);
            events.update(event);
        });
        int closed = each(GridEvents.WatchStep.CLOSE_UNRATED, now.minus(settings.closeUnratedAfter()), (event, at) -> {
            event.close(Actor.SYSTEM, "办结后 7 天未评价,自动关闭", at);
            residents.statusChanged(events.update(event), "已办结满 7 天,自动关闭。", at);
        });
        if (reminded + escalated + overdue + closed > 0) {
            log.info("Deadline watch: {} sign reminders, {} escalations, {} overdue, {} closed", reminded, escalated,
                    overdue, closed);
        }
    }

    private interface Step {
        void apply(GridEvent event, Instant at);
    }

    private int each(GridEvents.WatchStep step, Instant before, Step action) {
        int done = 0;
        List<GridEvent> due = events.dueFor(step, before, BATCH);
        for (GridEvent listed : due) {
            try {
                transaction.executeWithoutResult(status -> events.findByNumber(listed.number())
                        .ifPresent(event -> action.apply(event, clock.instant())));
                done++;
            } catch (RuntimeException e) {
                log.warn("Deadline watch could not {} event {}", step, listed.number(), Failures.withoutMessages(e));
            }
        }
        return done;
    }
}
