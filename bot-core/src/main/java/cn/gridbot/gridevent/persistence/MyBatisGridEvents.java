package cn.gridbot.gridevent.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;
import cn.gridbot.common.persistence.WriteBehind;
import cn.gridbot.grid.GridTreeChanged;
import cn.gridbot.gridevent.Attachment;
import cn.gridbot.gridevent.EventQuery;
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEventChanged;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.gridevent.TimelineEntry;

/**
 * The events and their timelines in {@code grid_event} and {@code event_timeline}. Every insert and update
 * publishes a {@link GridEventChanged} in the same transaction, for what is counted from the events. Timeline
 * entries are written behind ({@link WriteBehind}): a group commit's events share one insert of their entries.
 */
@Repository
class MyBatisGridEvents implements GridEvents {

    /** Ids per block of {@code event_id_block} (V23; the statistics rebuild counts with the same number). */
    static final long ID_BLOCK = 4096;

    private final GridEventMapper mapper;
    private final ApplicationEventPublisher changes;

    MyBatisGridEvents(GridEventMapper mapper, ApplicationEventPublisher changes) {
        this.mapper = mapper;
        this.changes = changes;
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
        long block = key.getId() / ID_BLOCK;
        WriteBehind.add(IdBlocks.class, () -> new IdBlocks(mapper), blocks -> blocks.add(block));
        GridEvent.State stored = event.state().stored(key.getId(), 0);
        changes.publishEvent(new GridEventChanged(null, stored));
        return GridEvent.restore(stored, event.timeline());
    }

    @Override
    public GridEvent update(GridEvent event) {
        GridEvent.State s = event.state();
        if (mapper.update(GridEventRow.of(s)) == 0) {
            throw new ConcurrentChange(event.number());
        }
        appendTimeline(s.id(), event.takeUnsavedTimeline());
        GridEvent.State stored = s.stored(s.id(), s.version() + 1);
        changes.publishEvent(new GridEventChanged(event.loadedState(), stored));
        return GridEvent.restore(stored, event.timeline());
    }

    @Override
    public Optional<GridEvent> findByNumber(String number) {
        GridEventRow row = mapper.selectByNumber(number);
        if (row == null) {
            return Optional.empty();
        }
        WriteBehind.flush(Timelines.class);
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
        if (query.scopeOnly() && query.unitPath() == null) {
            rows = pageOfEverything(query.oldestFirst(), offset, page.size());
        } else if (offset <= total / 2) {
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

    /**
     * A page of the whole list by number: the block counts say which block of ids the page starts in and how
     * far into it, so the offset walked is within one block whatever the page.
     */
    private List<GridEventRow> pageOfEverything(boolean ascending, long offset, int size) {
        long seen = 0;
        for (IdBlock block : mapper.selectIdBlocks(ascending)) {
            if (seen + block.events() > offset) {
                long boundary = (ascending ? block.block() : block.block() + 1) * ID_BLOCK;
                return mapper.searchFromBoundary(ascending, boundary, size, offset - seen);
            }
            seen += block.events();
        }
        return List.of();
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
            for (Map<String, Object> row : mapper.openLoad(workerCodes, EventStatus.OPEN)) {
                load.put((String) row.get("worker"), ((Number) row.get("events")).intValue());
            }
        }
        return load;
    }

    @Override
    public Optional<GridEvent> latestUnrated(String openid) {
        return Optional.ofNullable(mapper.selectLatestUnrated(openid, EventStatus.DONE)).map(r -> GridEvent.restore(r.toState(), List.of()));
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
        return mapper.selectWatch(step.name(), step.statuses(), before, limit).stream()
                .map(r -> GridEvent.restore(r.toState(), List.of())).toList();
    }

    @Override
    public Optional<String> lastNumberWithPrefix(String prefix) {
        return Optional.ofNullable(mapper.selectLastNumberWithPrefix(prefix));
    }

    @EventListener
    void onTreeChanged(GridTreeChanged change) {
        change.newPaths().forEach(mapper::updateUnitPath);
    }

    /** Timeline entries are written with the transaction's commit; a timeline read in the transaction flushes them first. */
    private void appendTimeline(long eventId, List<TimelineEntry> entries) {
        if (!entries.isEmpty()) {
            WriteBehind.add(Timelines.class, () -> new Timelines(mapper),
                    timelines -> entries.forEach(e -> timelines.rows.add(TimelineRow.of(eventId, e))));
        }
    }

    /** The timeline entries a transaction added, all events' in one multi-row insert, each event's in order. */
    private static final class Timelines implements WriteBehind.Pending {

        private final GridEventMapper mapper;
        private final List<TimelineRow> rows = new ArrayList<>();

        Timelines(GridEventMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public void write() {
            if (!rows.isEmpty()) {
                mapper.insertTimeline(List.copyOf(rows));
                rows.clear();
            }
        }

        @Override
        public int order() {
            return 25;
        }
    }


    /** How many events a transaction added to each id block, written just before it commits. */
    private static final class IdBlocks implements WriteBehind.Pending {

        private final GridEventMapper mapper;
        private final Map<Long, Integer> added = new TreeMap<>();

        IdBlocks(GridEventMapper mapper) {
            this.mapper = mapper;
        }

        void add(long block) {
            added.merge(block, 1, Integer::sum);
        }

        @Override
        public void write() {
            mapper.addToIdBlocks(added.entrySet().stream().map(e -> new IdBlock(e.getKey(), e.getValue())).toList());
        }

        @Override
        public int order() {
            return 30;
        }
    }
}
