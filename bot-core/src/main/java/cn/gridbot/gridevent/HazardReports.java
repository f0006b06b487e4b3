package cn.gridbot.gridevent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gridbot.classify.Category;
import cn.gridbot.classify.Classification;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridMatch;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.grid.MatchedBy;
import cn.gridbot.worker.Worker;

/**
 * A hazard a worker found on a register re-check (README "Registers"): a SAFETY event in the record's grid,
 * given to that worker with the usual deadlines and task push, in the caller's transaction.
 */
@Component
public class HazardReports {

    private static final Logger log = LoggerFactory.getLogger(HazardReports.class);

    private final GridEvents events;
    private final EventNumbers numbers;
    private final DeadlinePolicy deadlines;
    private final TaskNotices notices;
    private final GridCatalog grids;
    private final Clock clock;
    private final GridbotSettings settings;

    HazardReports(GridEvents events, EventNumbers numbers, DeadlinePolicy deadlines, TaskNotices notices, GridCatalog grids,
            Clock clock, GridbotSettings settings) {
        this.events = events;
        this.numbers = numbers;
        this.deadlines = deadlines;
        this.notices = notices;
        this.grids = grids;
        this.clock = clock;
        this.settings = settings;
    }

    @Transactional
    public GridEvent open(Worker worker, String gridCode, String description, String address) {
        GridUnit grid = grids.directory().find(gridCode)
                .orElseThrow(() -> new IllegalStateException("A register record sits in unknown grid " + gridCode));
        NewReport report = new NewReport(description, new Classification(Category.SAFETY, 1.0), false,
                new GridMatch(grid, MatchedBy.REGISTERED), null, Source.WORKER, address, null);
        Instant at = clock.instant();
        LocalDate day = LocalDate.ofInstant(at, settings.timeZone());
        Actor actor = Actor.worker(worker.code());
        return numbers.withNextNumber(day, number -> {
            GridEvent event = GridEvent.report(number, report, grid, actor, at);
            event.assignTo(worker.code(), deadlines.forAssignment(Category.SAFETY, false, at), actor, at,
                    "复核发现隐患,由 " + worker.code() + " 跟进");
            GridEvent saved = events.add(event);
            if (worker.reachable()) {
                notices.taskAssigned(saved, worker, at);
            }
            log.info("Event {} opened by a register check in {}", saved.number(), gridCode);
            return saved;
        });
    }
}
