package cn.gridbot.gridevent.persistence;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import cn.gridbot.common.GridbotSettings;
import cn.gridbot.grid.GridCatalog;

import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;
import cn.gridbot.grid.GridTreeChanged;
import cn.gridbot.gridevent.Attachment;
import cn.gridbot.gridevent.EventQuery;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.gridevent.TimelineEntry;

@Repository
class MyBatisGridEvents implements GridEvents {

    private final GridEventMapper mapper;
    private final GridCatalog grids;
    private final ZoneId zone;

    MyBatisGridEvents(GridEventMapper mapper, GridCatalog grids, GridbotSettings settings) {
        this.mapper = mapper;
        this.grids = grids;
        this.zone = settings.timeZone();
    }

    @Override
    public GridEvent add(GridEvent event) {
        GridEventRow row = GridEventRow.of(event.state());
        GeneratedId key = new GeneratedId();
        try {
            mapper.insert(row, key);
        } catch (DuplicateKeyException e) {
            throw new NumberTaken(event.number());
        }
        List<TimelineEntry> entries = event.takeUnsavedTimeline();
        appendTimeline(key.getId(), entries);
        GridEvent.State s = event.state();
        count(null, s);
        mapper.addToUnitCount(s.unitCode(), s.unitPath(), 1);
        return GridEvent.restore(withIdentity(s, key.getId(), 0), event.timeline());
    }

    @Override
    public GridEvent update(GridEvent event) {
        GridEvent.State s = event.state();
        if (mapper.update(GridEventRow.of(s)) == 0) {
            throw new ConcurrentChange(event.number());
        }
        appendTimeline(s.id(), event.takeUnsavedTimeline());
        count(event.loadedState(), s);
        moveUnitCount(event.loadedState(), s);
        return GridEvent.restore(withIdentity(s, s.id(), s.version() + 1), event.timeline());
    }

    @Override
    public Optional<GridEvent> findByNumber(String number) {
        GridEventRow row = mapper.selectByNumber(number);
        if (row == null) {
            return Optional.empty();
        }
        List<TimelineEntry> timeline = mapper.selectTimeline(row.id()).stream().map(TimelineRow::toEntry).toList();
        return Optional.of(GridEvent.restore(row.toState(), timeline));
    }

    @Override
    public Page<GridEvent> search(EventQuery query, PageRequest page) {
        long total = count(query);
        long offset = page.offset();
        if (offset >= total) {
            return new Page<>(List.of(), page.page(), page.size(), total);
        }
        List<GridEventRow> rows;
        if (offset <= total / 2) {
            rows = mapper.search(query, query.oldestFirst(), page.size(), offset);
        } else {
            // The back half of the list is read from its other end: the last page costs what the first does.
            long end = Math.min(total, offset + page.size());
            rows = new ArrayList<>(mapper.search(query, !query.oldestFirst(), (int) (end - offset), total - end));
            Collections.reverse(rows);
        }
        List<GridEvent> items = rows.stream().map(r -> GridEvent.restore(r.toState(), List.of())).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public List<GridEvent> searchBefore(EventQuery query, Long beforeId, int limit) {
        return mapper.searchBefore(query, beforeId, limit).stream().map(r -> GridEvent.restore(r.toState(), List.of())).toList();
    }

    @Override
    public long count(EventQuery query) {
        return query.scopeOnly() ? mapper.countInScope(query.unitPath()) : mapper.count(query);
    }

    @Override
    public List<GridEvent> recentByReporter(String openid, int limit) {
        return mapper.selectRecentByReporter(openid, limit).stream()
                .map(r -> GridEvent.restore(r.toState(), List.of())).toList();
    }

    @Override
    public Map<String, Integer> openLoad(List<String> workerCodes) {
        Map<String, Integer> load = new HashMap<>();
        workerCodes.forEach(w -> load.put(w, 0));
        if (!workerCodes.isEmpty()) {
            for (Map<String, Object> row : mapper.openLoad(workerCodes)) {
                load.put((String) row.get("worker"), ((Number) row.get("events")).intValue());
            }
        }
        return load;
    }

    @Override
    public Optional<GridEvent> latestUnrated(String openid) {
        return Optional.ofNullable(mapper.selectLatestUnrated(openid)).map(r -> GridEvent.restore(r.toState(), List.of()));
    }

    @Override
    public void attach(GridEvent event, Attachment attachment) {
        mapper.insertAttachment(event.id(), attachment);
    }

    @Override
    public List<Attachment> attachments(GridEvent event) {
        return mapper.selectAttachments(event.id());
    }

    @Override
    public List<GridEvent> dueFor(WatchStep step, Instant before, int limit) {
        return mapper.selectWatch(step.name(), before, limit).stream()
                .map(r -> GridEvent.restore(r.toState(), List.of())).toList();
    }

    @Override
    public Optional<String> lastNumberWithPrefix(String prefix) {
        return Optional.ofNullable(mapper.selectLastNumberWithPrefix(prefix));
    }

    @EventListener
    void onTreeChanged(GridTreeChanged change) {
        change.newPaths().forEach((unitCode, path) -> {
            mapper.updateUnitPath(unitCode, path);
            mapper.updateUnitCountPath(unitCode, path);
        });
    }

    /** An event moved to another unit: its count moves too, the two rows taken in code order. */
    private void moveUnitCount(GridEvent.State before, GridEvent.State after) {
        if (before == null || before.unitCode().equals(after.unitCode())) {
            return;
        }
        if (before.unitCode().compareTo(after.unitCode()) < 0) {
            mapper.addToUnitCount(before.unitCode(), before.unitPath(), -1);
            mapper.addToUnitCount(after.unitCode(), after.unitPath(), 1);
        } else {
            mapper.addToUnitCount(after.unitCode(), after.unitPath(), 1);
            mapper.addToUnitCount(before.unitCode(), before.unitPath(), -1);
        }
    }

    /** Keeps the statistics counters current in the same transaction as the change. */
    private void count(GridEvent.State before, GridEvent.State after) {
        List<StatsDelta> deltas = StatsDelta.change(before, after, grids.directory(), zone);
        if (!deltas.isEmpty()) {
            mapper.upsertStats(deltas);
        }
    }

    private void appendTimeline(long eventId, List<TimelineEntry> entries) {
        if (!entries.isEmpty()) {
            mapper.insertTimeline(entries.stream().map(e -> TimelineRow.of(eventId, e)).toList());
        }
    }

    private static GridEvent.State withIdentity(GridEvent.State s, long id, int version) {
        return new GridEvent.State(id, s.number(), s.category(), s.confidence(), s.urgent(), s.status(), s.gridCode(),
                s.unitCode(), s.unitPath(), s.matchedBy(), s.assigneeCode(), s.reporterOpenid(), s.source(),
                s.description(), s.address(), s.location(), s.createdAt(), s.updatedAt(), s.signDeadline(),
                s.resolveDeadline(), s.acceptedAt(), s.resolvedAt(), s.closedAt(), s.resolution(), s.overdue(),
                s.flagged(), s.signReminded(), s.rating(), s.queueReason(), s.unreached(), version);
    }
}
