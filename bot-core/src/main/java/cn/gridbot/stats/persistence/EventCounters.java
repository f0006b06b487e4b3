package cn.gridbot.stats.persistence;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.gridbot.common.GridbotSettings;
import cn.gridbot.common.persistence.WriteBehind;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridTreeChanged;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEventChanged;

/**
 * Keeps what is counted from the events current, with each change's transaction: the day's statistics counters of
 * the event's township, community and grid ({@link StatsDelta}), and the per-unit totals the event list's count
 * reads. A transaction's changes are added up and written just before it commits ({@link WriteBehind}), each
 * counter row once and in key order, so that the many messages of a group commit touch a hot counter row once.
 * {@code POST /api/v1/stats/rebuild} recomputes both from the events; `CountersIT` checks that the two ways agree.
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
        GridEvent.State before = change.before();
        GridEvent.State after = change.after();
        WriteBehind.add(Counts.class, () -> new Counts(mapper), counts -> {
            deltas.forEach(counts::add);
            if (before == null) {
                counts.addToUnit(after.placement().unitCode(), after.placement().unitPath(), 1);
            } else if (!before.placement().unitCode().equals(after.placement().unitCode())) {
                counts.addToUnit(before.placement().unitCode(), before.placement().unitPath(), -1);
                counts.addToUnit(after.placement().unitCode(), after.placement().unitPath(), 1);
            }
        });
    }

    @EventListener
    void onTreeChanged(GridTreeChanged change) {
        change.newPaths().forEach(mapper::updateUnitCountPath);
    }

    /** A transaction's counter changes, added up per counter row. */
    private static final class Counts implements WriteBehind.Pending {

        private final StatsMapper mapper;
        private final Map<StatsDelta.Bucket, StatsDelta> stats = new TreeMap<>();
        private final Map<String, UnitCount> units = new TreeMap<>();

        Counts(StatsMapper mapper) {
            this.mapper = mapper;
        }

        void add(StatsDelta delta) {
            stats.merge(delta.bucket(), delta, StatsDelta::plus);
        }

        void addToUnit(String unitCode, String path, int events) {
            units.merge(unitCode, new UnitCount(unitCode, path, events), (a, b) -> new UnitCount(unitCode, b.path(), a.events() + b.events()));
        }

        /** Rows in key order: two transactions committing at once lock them in the same order. */
        @Override
        public void write() {
            List<StatsDelta> changed = stats.values().stream().filter(d -> !d.isZero()).toList();
            if (!changed.isEmpty()) {
                mapper.upsertStats(changed);
            }
            List<UnitCount> moved = units.values().stream().filter(u -> u.events() != 0).toList();
            if (!moved.isEmpty()) {
                mapper.addToUnitCounts(moved);
            }
        }

        @Override
        public int order() {
            return 40;
        }
    }
}
