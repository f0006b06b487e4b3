package cn.gridbot.patrol;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import cn.gridbot.common.GridbotSettings;
import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;
import cn.gridbot.grid.GridCatalog;

/** Patrols on an in-memory store, for plain JUnit tests of the dialog. */
public final class PatrolTestData {

    public static final PatrolSettings DEFAULTS = new PatrolSettings(Duration.ofMinutes(20), 3, Duration.ofHours(4),
            LocalTime.of(10, 30), LocalTime.of(16, 30), LocalTime.NOON);

    private PatrolTestData() {
    }

    public static Patrolling patrolling(Patrols patrols, GridCatalog grids, Clock clock) {
        return new Patrolling(patrols, grids, DEFAULTS, clock, new GridbotSettings(ZoneId.of("Asia/Shanghai")), event -> { });
    }

    /** The store of patrols in memory. */
    public static final class InMemoryPatrols implements Patrols {

        private final Map<Long, Patrol> patrols = new ConcurrentHashMap<>();
        private final Map<Long, List<TrackPoint>> tracks = new ConcurrentHashMap<>();
        private final AtomicLong ids = new AtomicLong();

        @Override
        public synchronized Optional<Patrol> start(Patrol p, LocalDate dutyDay, HalfDay half) {
            if (openOf(p.workerCode()).isPresent()) {
                return Optional.empty();
            }
            Patrol stored = new Patrol(ids.incrementAndGet(), p.workerCode(), p.unitCode(), p.unitPath(), p.startedAt(), null,
                    0, 0, false, false, null);
            patrols.put(stored.id(), stored);
            return Optional.of(stored);
        }

        @Override
        public Optional<Patrol> openOf(String workerCode) {
            return patrols.values().stream().filter(p -> p.open() && p.workerCode().equals(workerCode)).findFirst();
        }

        @Override
        public Optional<Patrol> find(long id) {
            return Optional.ofNullable(patrols.get(id));
        }

        @Override
        public synchronized Optional<Patrol> addPoint(long id, TrackPoint point) {
            Patrol p = patrols.get(id);
            if (p == null || !p.open()) {
                return Optional.empty();
            }
            tracks.computeIfAbsent(id, k -> new ArrayList<>()).add(point);
            Patrol more = new Patrol(p.id(), p.workerCode(), p.unitCode(), p.unitPath(), p.startedAt(), null, p.points() + 1,
                    p.insidePoints() + (point.inside() ? 1 : 0), false, false, null);
            patrols.put(id, more);
            return Optional.of(more);
        }

        @Override
        public synchronized boolean end(long id, Instant endedAt, boolean valid, boolean auto, String note) {
            Patrol p = patrols.get(id);
            if (p == null || !p.open()) {
                return false;
            }
            patrols.put(id, new Patrol(p.id(), p.workerCode(), p.unitCode(), p.unitPath(), p.startedAt(), endedAt, p.points(),
                    p.insidePoints(), valid, auto, note));
            return true;
        }

        @Override
        public List<Patrol> openSince(Instant startedBefore, int limit) {
            return patrols.values().stream().filter(p -> p.open() && p.startedAt().isBefore(startedBefore))
                    .sorted(Comparator.comparing(Patrol::startedAt)).limit(limit).toList();
        }

        @Override
        public Page<Patrol> search(PatrolQuery query, PageRequest page) {
            List<Patrol> all = patrols.values().stream().sorted(Comparator.comparing(Patrol::startedAt).reversed()).toList();
            return new Page<>(all.stream().skip(page.offset()).limit(page.size()).toList(), page.page(), page.size(), all.size());
        }

        @Override
        public List<Patrol> startedBetween(String unitPath, Instant from, Instant to) {
            return patrols.values().stream().filter(p -> !p.startedAt().isBefore(from) && p.startedAt().isBefore(to)).toList();
        }

        @Override
        public List<TrackPoint> track(long id) {
            return tracks.getOrDefault(id, List.of());
        }

        @Override
        public Map<String, Integer> halfDaysDone(String unitPath, Collection<LocalDate> days) {
            return Map.of();
        }

        @Override
        public List<DutyWorker> dutyWorkers(String unitPath) {
            return List.of();
        }
    }
}
