package cn.gridbot.stats.persistence;

import java.time.ZoneId;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.gridbot.common.GridbotSettings;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridTreeChanged;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEventChanged;

/**
 * Keeps what is counted from the events current, in the same transaction as each change: the day's statistics
 * counters of the event's township, community and grid ({@link StatsDelta}), and the per-unit totals the event
 * list's count reads. {@code POST /api/v1/stats/rebuild} recomputes both from the events; `CountersIT` checks
 * that the two ways agree.
 */
@Component
class EventCounters {

    private final StatsMapper mapper;
    private final GridCatalog grids;
    private final ZoneId zone;

    EventCounters(StatsMapper mapper, GridCatalog grids, GridbotSettings settings) {
        this.mapper = mapper;
        this.grids = grids;
        this.zone = settings.timeZone();
    }

    @EventListener
    void onEventChanged(GridEventChanged change) {
        List<StatsDelta> deltas = StatsDelta.change(change.before(), change.after(), grids.directory(), zone);
        if (!deltas.isEmpty()) {
            mapper.upsertStats(deltas);
        }
        moveUnitCount(change.before(), change.after());
    }

    @EventListener
    void onTreeChanged(GridTreeChanged change) {
        change.newPaths().forEach(mapper::updateUnitCountPath);
    }

    /** A new event counts in its unit; a moved one moves its count, the two rows taken in code order. */
    private void moveUnitCount(GridEvent.State before, GridEvent.State after) {
        String to = after.placement().unitCode();
        if (before == null) {
            mapper.addToUnitCount(to, after.placement().unitPath(), 1);
            return;
        }
        String from = before.placement().unitCode();
        if (from.equals(to)) {
            return;
        }
        if (from.compareTo(to) < 0) {
            mapper.addToUnitCount(from, before.placement().unitPath(), -1);
            mapper.addToUnitCount(to, after.placement().unitPath(), 1);
        } else {
            mapper.addToUnitCount(to, after.placement().unitPath(), 1);
            mapper.addToUnitCount(from, before.placement().unitPath(), -1);
        }
    }
}
