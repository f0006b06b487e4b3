package cn.gridbot.gridevent;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.gridbot.worker.Worker;

/**
 * Gives an event that sits in a grid to that grid's on-duty worker (SPEC §4.3) and writes the
 * worker's push; an event outside any grid, or in a grid without a worker, waits in its dispatcher's
 * queue, and the dispatcher's staff are told. Urgent events are also pushed to the dispatcher at once.
 */
@Component
public class Dispatch {

    private final WorkerAssignment assignment;
    private final DeadlinePolicy deadlines;
    private final TaskNotices notices;

    Dispatch(WorkerAssignment assignment, DeadlinePolicy deadlines, TaskNotices notices) {
        this.assignment = assignment;
        this.deadlines = deadlines;
        this.notices = notices;
    }

    /** Assigns the event in memory when its grid has a worker; answers the worker. */
    public Optional<Worker> assign(GridEvent event, Instant at) {
        if (event.gridCode() == null || !event.unassigned()) {
            return Optional.empty();
        }
        Optional<Worker> worker = assignment.pick(event.gridCode());
        worker.ifPresent(w -> event.assignTo(w.code(), deadlines.forAssignment(event.category(), event.urgent(), at),
                Actor.SYSTEM, at, null));
        return worker;
    }

    /** Writes the pushes for a stored event that {@link #assign} placed (or could not place). */
    public void announce(GridEvent saved, Optional<Worker> worker, Instant at) {
        worker.ifPresent(w -> notices.taskAssigned(saved, w, at));
        if (worker.isEmpty() || saved.urgent()) {
            notices.toDispatcher(saved, at);
        }
    }
}
