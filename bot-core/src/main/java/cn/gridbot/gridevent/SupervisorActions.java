package cn.gridbot.gridevent;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gridbot.common.DomainException;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.worker.Worker;
import cn.gridbot.worker.Workers;

/**
 * What supervisors do to events through the admin API (README "Admin API"): assign (dispatch or reassign, across
 * grids too), escalate, close, reopen. The aggregate guards each change; a refusal is a conflict.
 */
@Component
public class SupervisorActions {

    private final GridEvents events;
    private final Workers workers;
    private final GridCatalog grids;
    private final DeadlinePolicy deadlines;
    private final TaskNotices tasks;
    private final ResidentNotices residents;
    private final Clock clock;

    SupervisorActions(GridEvents events, Workers workers, GridCatalog grids, DeadlinePolicy deadlines,
            TaskNotices tasks, ResidentNotices residents, Clock clock) {
        this.events = events;
        this.workers = workers;
        this.grids = grids;
        this.deadlines = deadlines;
        this.tasks = tasks;
        this.residents = residents;
        this.clock = clock;
    }

    /**
     * Gives the event to a worker; it moves to the worker's grid when that differs. A worker a push cannot
     * reach (off duty, or not bound to WeChat) is refused: the task would wait for someone who is never told.
     */
    @Transactional(noRollbackFor = DomainException.class)
    public GridEvent assign(GridEvent event, Worker worker, Actor actor, String note) {
        if (!worker.reachable()) {
            throw DomainException.conflict("worker-unreachable", "Worker " + worker.code() + (worker.onDuty()
                    ? " has not bound WeChat yet" : " is off duty") + " and would never be told of the task");
        }
        Instant at = clock.instant();
        GridUnit unit = grids.directory().find(worker.unitCode())
                .orElseThrow(() -> DomainException.invalid("workerCode", "Worker " + worker.code() + " serves an unknown unit"));
        event.assignTo(worker.code(), unit, deadlines.forAssignment(event.category(), event.urgent(), at), actor, at,
                note == null || note.isBlank() ? null : note);
        GridEvent saved = events.update(event);
        tasks.taskAssigned(saved, worker, at);
        return saved;
    }

    @Transactional(noRollbackFor = DomainException.class)
    public GridEvent escalate(GridEvent event, Actor actor, String note) {
        Instant at = clock.instant();
        event.escalate(actor, note, at);
        GridEvent saved = events.update(event);
        tasks.toDispatcher(saved, at);
        return saved;
    }

    @Transactional(noRollbackFor = DomainException.class)
    public GridEvent close(GridEvent event, Actor actor, String note) {
        Instant at = clock.instant();
        event.close(actor, note, at);
        GridEvent saved = events.update(event);
        residents.statusChanged(saved, "已办结完成,事件关闭。", at);
        return saved;
    }

    @Transactional(noRollbackFor = DomainException.class)
    public GridEvent reopen(GridEvent event, Actor actor, String note) {
        Instant at = clock.instant();
        event.reopen(actor, note, at);
        GridEvent saved = events.update(event);
        tasks.toDispatcher(saved, at);
        return saved;
    }

    public Worker worker(String code) {
        return workers.findByCode(code)
                .orElseThrow(() -> DomainException.invalid("workerCode", "No worker has the code " + code));
    }
}
