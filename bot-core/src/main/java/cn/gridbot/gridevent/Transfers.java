package cn.gridbot.gridevent;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gridbot.common.DomainException;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.worker.Worker;

/**
 * Transfer (转派) of an event to a functional department (README "Departments and supervision"): the department must
 * handle the event's category and serve its place — a department under the county serves the whole county, one
 * under a township that township — and one of its staff must be reachable; the least-loaded of them takes the
 * event, with fresh deadlines and a task push, in one transaction.
 */
@Component
public class Transfers {

    private final GridEvents events;
    private final GridCatalog grids;
    private final WorkerAssignment assignment;
    private final DeadlinePolicy deadlines;
    private final TaskNotices tasks;
    private final Clock clock;

    Transfers(GridEvents events, GridCatalog grids, WorkerAssignment assignment, DeadlinePolicy deadlines,
            TaskNotices tasks, Clock clock) {
        this.events = events;
        this.grids = grids;
        this.assignment = assignment;
        this.deadlines = deadlines;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** The DEPARTMENT unit with this code. */
    public GridUnit department(String code) {
        return grids.directory().find(code).filter(GridUnit::isDepartment)
                .orElseThrow(() -> DomainException.invalid("departmentCode", "No department has the code " + code));
    }

    @Transactional(noRollbackFor = DomainException.class)
    public GridEvent transfer(GridEvent event, GridUnit department, Actor actor, String note) {
        if (!department.handles(event.category())) {
            throw DomainException.conflict("department-category", department.name() + " does not handle "
                    + event.category().label() + " (" + event.category() + ")");
        }
        String served = grids.directory().find(department.parentCode()).map(GridUnit::path).orElse("/");
        if (event.unitPath() == null || !event.unitPath().startsWith(served)) {
            throw DomainException.conflict("department-elsewhere", department.name() + " does not serve the place of event "
                    + event.number());
        }
        Worker staff = assignment.pick(department.code()).orElseThrow(() -> DomainException.conflict(
                "department-unreachable", department.name() + " has no staff on duty bound to WeChat"));
        Instant at = clock.instant();
        event.transferTo(department, staff.code(), deadlines.forAssignment(event.category(), event.urgent(), at), actor, at,
                note);
        GridEvent saved = events.update(event);
        tasks.taskAssigned(saved, staff, at);
        return saved;
    }
}
