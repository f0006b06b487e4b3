package cn.gridbot.gridevent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridDirectory;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.grid.UnitLevel;
import cn.gridbot.worker.Worker;

/**
 * Gives an event that sits in a grid to that grid's reachable worker — on duty and bound to
 * WeChat — and decides who else is told: an event outside any grid, or in a grid nobody can be told in,
 * waits in its dispatcher's queue with the reason, and the centre's reachable staff are told; an urgent
 * event is pushed to the centre's staff at once as well, and so is one whose danger was not ruled out, to be
 * checked by telephone. An urgent event that reached nobody at all is flagged and the county centre's staff are
 * alarmed.
 */
@Component
public class Dispatch {

    /** Who is told about an event, so that the reply to the resident says only what happened. */
    public record Recipients(Optional<Worker> assignee, GridUnit centre, List<Worker> centreStaff,
            List<Worker> countyStaff) {

        public boolean nobody() {
            return assignee.isEmpty() && centreStaff.isEmpty() && countyStaff.isEmpty();
        }
    }

    private final WorkerAssignment assignment;
    private final DeadlinePolicy deadlines;
    private final TaskNotices notices;
    private final GridCatalog grids;

    Dispatch(WorkerAssignment assignment, DeadlinePolicy deadlines, TaskNotices notices, GridCatalog grids) {
        this.assignment = assignment;
        this.deadlines = deadlines;
        this.notices = notices;
        this.grids = grids;
    }

    /**
     * Assigns the event in memory to its grid's reachable worker, or queues it saying why nobody took it;
     * answers the worker. An event that is not waiting for someone is left as it is.
     */
    public Optional<Worker> assign(GridEvent event, Instant at) {
        if (!event.unassigned()) {
            return Optional.empty();
        }
        if (event.gridCode() == null) {
            event.queue(QueueReason.NO_GRID, Actor.SYSTEM, at);
            return Optional.empty();
        }
        Optional<Worker> worker = assignment.pick(event.gridCode());
        worker.ifPresentOrElse(w -> event.assignTo(w.code(), deadlines.forAssignment(event.category(), event.urgent(), at),
                Actor.SYSTEM, at, null), () -> event.queue(QueueReason.NO_REACHABLE_WORKER, Actor.SYSTEM, at));
        return worker;
    }

    /**
     * Who to tell about a new event besides its assignee: the dispatching centre's reachable staff when
     * the event waits in their queue, is urgent or its danger was not ruled out; for an urgent event nobody else
     * could be told about, the county centre's staff, and the event is flagged as having reached nobody.
     */
    public Recipients recipients(GridEvent event, Optional<Worker> assignee, Instant at) {
        GridDirectory directory = grids.directory();
        GridUnit unit = unitOf(event, directory);
        GridUnit centre = directory.dispatcherOf(unit);
        boolean centreTold = assignee.isEmpty() || event.urgent() || event.report().dangerNotRuledOut();
        List<Worker> centreStaff = centreTold ? notices.reachableStaff(centre) : List.of();
        List<Worker> countyStaff = List.of();
        if (event.urgent() && assignee.isEmpty() && centreStaff.isEmpty()) {
            event.markUnreached(Actor.SYSTEM, at);
            countyStaff = directory.ancestorAt(unit.code(), UnitLevel.COUNTY).filter(county -> !county.equals(centre))
                    .map(notices::reachableStaff).orElse(List.of());
        }
        return new Recipients(assignee, centre, centreStaff, countyStaff);
    }

    /**
     * Who to tell about a repeat merged into an open event: nobody (the main event's assignee has the task), except
     * when the repeat's danger was not ruled out: then the dispatching centre's reachable staff, and the main event's
     * assignee if they can be reached, are asked to check. {@code main} is read only then: a calm repeat, the usual
     * one, costs no read in the resident's reply.
     */
    public Recipients recipientsOfRepeat(GridEvent repeat, Supplier<Optional<GridEvent>> main) {
        GridDirectory directory = grids.directory();
        GridUnit centre = directory.dispatcherOf(unitOf(repeat, directory));
        if (!repeat.report().dangerNotRuledOut()) {
            return new Recipients(Optional.empty(), centre, List.of(), List.of());
        }
        Optional<Worker> holder = main.get().map(GridEvent::assigneeCode).flatMap(notices::reachableWorker);
        return new Recipients(holder, centre, notices.reachableStaff(centre), List.of());
    }

    private static GridUnit unitOf(GridEvent event, GridDirectory directory) {
        return directory.find(event.unitCode()).orElseThrow(
                () -> new IllegalStateException("Event " + event.number() + " sits in unknown unit " + event.unitCode()));
    }

    /**
     * Writes the pushes for a stored event to everyone {@link #recipients} or {@link #recipientsOfRepeat} found: the
     * assignee of a merged repeat holds the main event and is asked to check, not given a second task.
     */
    public void announce(GridEvent saved, Recipients recipients, Instant at) {
        recipients.assignee().ifPresent(w -> {
            if (saved.mergedInto() != null) {
                notices.repeatToHolder(saved, w, at);
            } else {
                notices.taskAssigned(saved, w, at);
            }
        });
        recipients.centreStaff().forEach(staff -> notices.toCentreStaff(saved, staff, at));
        recipients.countyStaff().forEach(staff -> notices.unreachedAlarm(saved, staff, at));
    }
}
