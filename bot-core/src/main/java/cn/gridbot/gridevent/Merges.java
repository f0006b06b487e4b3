package cn.gridbot.gridevent;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gridbot.common.DomainException;
import cn.gridbot.worker.Worker;

/**
 * A supervisor separates a merged report (README "Departments and supervision"): it becomes an event of its own and
 * is dispatched like a new one — to its grid's reachable worker with a task push, or to the dispatcher's queue.
 */
@Component
public class Merges {

    private final GridEvents events;
    private final Dispatch dispatch;
    private final TaskNotices tasks;
    private final Clock clock;

    Merges(GridEvents events, Dispatch dispatch, TaskNotices tasks, Clock clock) {
        this.events = events;
        this.dispatch = dispatch;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Transactional(noRollbackFor = DomainException.class)
    public GridEvent unmerge(GridEvent event, Actor actor, String note) {
        Instant at = clock.instant();
        event.unmerge(actor, at, note);
        Optional<Worker> worker = dispatch.assign(event, at);
        GridEvent saved = events.update(event);
        worker.ifPresentOrElse(w -> tasks.taskAssigned(saved, w, at), () -> tasks.toDispatcher(saved, at));
        return saved;
    }
}
