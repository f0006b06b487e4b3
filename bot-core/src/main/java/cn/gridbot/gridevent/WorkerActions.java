package cn.gridbot.gridevent;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gridbot.common.DomainException;
import cn.gridbot.worker.Worker;

/**
 * What a grid worker does with an event (README "Conversation"): sign for it, resolve it, give it back or escalate
 * it. Each change is guarded by the aggregate, recorded in the timeline, and announced through the
 * outbox in the same transaction: the resident hears of sign-for and resolution (and is asked to
 * rate), the dispatcher of returns and escalations.
 */
@Component
public class WorkerActions {

    private final GridEvents events;
    private final ResidentNotices residents;
    private final TaskNotices tasks;
    private final Clock clock;

    WorkerActions(GridEvents events, ResidentNotices residents, TaskNotices tasks, Clock clock) {
        this.events = events;
        this.residents = residents;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Transactional(noRollbackFor = DomainException.class)
    public GridEvent accept(Worker worker, String number) {
        GridEvent event = load(number);
        Instant at = clock.instant();
        event.accept(Actor.worker(worker.code()), at);
        GridEvent saved = events.update(event);
        residents.statusChanged(saved, "已由网格员" + worker.name() + "签收,正在处理。", at);
        return saved;
    }

    @Transactional(noRollbackFor = DomainException.class)
    public GridEvent resolve(Worker worker, String number, String result) {
        GridEvent event = load(number);
        Instant at = clock.instant();
        event.resolve(Actor.worker(worker.code()), result, at);
        GridEvent saved = events.update(event);
        residents.statusChanged(saved, "已办结:" + result, at);
        residents.ratingRequest(saved, at);
        return saved;
    }

    @Transactional(noRollbackFor = DomainException.class)
    public GridEvent giveBack(Worker worker, String number, String reason) {
        GridEvent event = load(number);
        Instant at = clock.instant();
        event.returnToDispatcher(Actor.worker(worker.code()), reason, at);
        GridEvent saved = events.update(event);
        tasks.toDispatcher(saved, at);
        return saved;
    }

    @Transactional(noRollbackFor = DomainException.class)
    public GridEvent escalate(Worker worker, String number, String reason) {
        GridEvent event = load(number);
        Instant at = clock.instant();
        event.escalate(Actor.worker(worker.code()), reason, at);
        GridEvent saved = events.update(event);
        tasks.toDispatcher(saved, at);
        return saved;
    }

    /** Adds a photo of the result to an event this worker resolved. */
    @Transactional(noRollbackFor = DomainException.class)
    public void attachResolutionPhoto(Worker worker, String number, String mediaId, String url) {
        GridEvent event = load(number);
        events.attach(event, event.resolutionPhoto(Actor.worker(worker.code()), mediaId, url, clock.instant()));
    }

    private GridEvent load(String number) {
        return events.findByNumber(number)
                .orElseThrow(() -> DomainException.notFound("unknown-event", "No event has the number " + number));
    }
}
