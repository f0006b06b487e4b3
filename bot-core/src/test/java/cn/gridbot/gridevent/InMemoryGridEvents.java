package cn.gridbot.gridevent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;

/** The event store in memory, for dialog and use-case tests: same contract as the MyBatis store. */
public final class InMemoryGridEvents implements GridEvents {

    private final Map<String, GridEvent.State> states = new LinkedHashMap<>();
    private final Map<String, List<TimelineEntry>> timelines = new HashMap<>();
    private final Map<Long, List<Attachment>> attachments = new HashMap<>();
    private long ids;

    @Override
    public synchronized GridEvent add(GridEvent event) {
        if (states.containsKey(event.number())) {
            throw new NumberTaken(event.number());
        }
        event.takeUnsavedTimeline();
        GridEvent.State s = event.state().stored(++ids, 0);
        states.put(s.number(), s);
        timelines.put(s.number(), new ArrayList<>(event.timeline()));
        return GridEvent.restore(s, event.timeline());
    }

    @Override
    public synchronized GridEvent update(GridEvent event) {
        GridEvent.State stored = states.get(event.number());
        if (stored == null || stored.version() != event.version()) {
            throw new ConcurrentChange(event.number());
        }
        timelines.get(event.number()).addAll(event.takeUnsavedTimeline());
        GridEvent.State s = event.state().stored(stored.id(), stored.version() + 1);
        states.put(s.number(), s);
        return GridEvent.restore(s, timelines.get(s.number()));
    }

    @Override
    public synchronized Optional<GridEvent> findByNumber(String number) {
        return Optional.ofNullable(states.get(number)).map(s -> GridEvent.restore(s, timelines.get(number)));
    }

    @Override
    public synchronized Page<GridEvent> search(EventQuery q, PageRequest page) {
        List<GridEvent> all = matching(q, e -> true);
        List<GridEvent> items = all.stream().skip(page.offset()).limit(page.size()).toList();
        return new Page<>(items, page.page(), page.size(), all.size());
    }

    @Override
    public synchronized List<GridEvent> searchBefore(EventQuery q, Long beforeId, int limit) {
        return matching(q, e -> beforeId == null || e.id() < beforeId).stream().limit(limit).toList();
    }

    @Override
    public synchronized long count(EventQuery q) {
        return matching(q, e -> true).size();
    }

    @Override
    public synchronized List<GridEvent> recentByReporter(String openid, int limit) {
        return newestFirst().filter(e -> openid.equals(e.reporterOpenid())).limit(limit).toList();
    }

    @Override
    public synchronized Map<String, Integer> openLoad(List<String> workerCodes) {
        Map<String, Integer> load = new HashMap<>();
        workerCodes.forEach(w -> load.put(w, (int) states.values().stream().filter(s -> w.equals(s.assigneeCode())
                && s.status().isOpen()).count()));
        return load;
    }

    @Override
    public synchronized Optional<GridEvent> latestUnrated(String openid) {
        return newestFirst().filter(e -> openid.equals(e.reporterOpenid()) && e.rating() == null
                && (e.status() == EventStatus.RESOLVED || e.status() == EventStatus.CLOSED)).findFirst();
    }

    @Override
    public synchronized void attach(GridEvent event, Attachment attachment) {
        attachments.computeIfAbsent(event.id(), k -> new ArrayList<>()).add(attachment);
    }

    @Override
    public synchronized List<Attachment> attachments(GridEvent event) {
        return List.copyOf(attachments.getOrDefault(event.id(), List.of()));
    }

    @Override
    public synchronized List<GridEvent> dueFor(WatchStep step, Instant before, int limit) {
        return newestFirst().filter(e -> switch (step) {
            case SIGN_REMINDER -> e.status() == EventStatus.ASSIGNED && e.signDeadline().isBefore(before) && !e.marks().signReminded();
            case SIGN_ESCALATION -> e.status() == EventStatus.ASSIGNED && e.signDeadline().isBefore(before) && e.marks().signReminded();
            case RESOLVE_OVERDUE -> !e.overdue() && e.resolveDeadline() != null && e.resolveDeadline().isBefore(before)
                    && EventStatus.OPEN.contains(e.status());
            case CLOSE_UNRATED -> e.status() == EventStatus.RESOLVED && e.milestones().resolvedAt().isBefore(before);
        }).limit(limit).toList();
    }

    @Override
    public synchronized Optional<String> lastNumberWithPrefix(String prefix) {
        return states.keySet().stream().filter(n -> n.startsWith(prefix)).max(Comparator.naturalOrder());
    }

    public synchronized List<GridEvent> all() {
        return newestFirst().toList();
    }

    private List<GridEvent> matching(EventQuery q, Predicate<GridEvent> extra) {
        return newestFirst().filter(extra)
                .filter(e -> q.statuses().isEmpty() || q.statuses().contains(e.status()))
                .filter(e -> q.category() == null || q.category() == e.category())
                .filter(e -> q.unitPath() == null || e.unitPath().startsWith(q.unitPath()))
                .filter(e -> q.reporterOpenid() == null || q.reporterOpenid().equals(e.reporterOpenid()))
                .filter(e -> q.assigneeCode() == null || q.assigneeCode().equals(e.assigneeCode()))
                .filter(e -> q.overdue() == null || q.overdue() == e.overdue())
                .filter(e -> q.from() == null || !e.createdAt().isBefore(q.from()))
                .filter(e -> q.to() == null || e.createdAt().isBefore(q.to()))
                .toList();
    }

    private Stream<GridEvent> newestFirst() {
        return states.values().stream().sorted(Comparator.comparing(GridEvent.State::id).reversed())
                .map(s -> GridEvent.restore(s, timelines.get(s.number())));
    }
}
