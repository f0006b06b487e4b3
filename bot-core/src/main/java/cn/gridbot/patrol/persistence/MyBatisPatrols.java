package cn.gridbot.patrol.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;
import cn.gridbot.patrol.DutyWorker;
import cn.gridbot.patrol.HalfDay;
import cn.gridbot.patrol.Patrol;
import cn.gridbot.patrol.PatrolQuery;
import cn.gridbot.patrol.Patrols;
import cn.gridbot.patrol.TrackPoint;

/** Patrols in {@code patrol}, their tracks in {@code patrol_point}. */
@Repository
class MyBatisPatrols implements Patrols {

    private final PatrolMapper mapper;

    MyBatisPatrols(PatrolMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<Patrol> start(Patrol patrol, LocalDate dutyDay, HalfDay half) {
        GeneratedId key = new GeneratedId();
        try {
            mapper.insert(patrol, dutyDay, half.name(), key);
        } catch (DuplicateKeyException alreadyOpen) {
            return Optional.empty();
        }
        return Optional.of(new Patrol(key.getId(), patrol.workerCode(), patrol.unitCode(), patrol.unitPath(),
                patrol.startedAt(), null, 0, 0, false, false, null));
    }

    @Override
    public Optional<Patrol> openOf(String workerCode) {
        return Optional.ofNullable(mapper.selectOpen(workerCode));
    }

    @Override
    public Optional<Patrol> find(long id) {
        return Optional.ofNullable(mapper.selectById(id));
    }

    @Override
    public Optional<Patrol> addPoint(long patrolId, TrackPoint point) {
        if (mapper.countPoint(patrolId, point.inside() ? 1 : 0) == 0) {
            return Optional.empty();
        }
        mapper.insertPoint(patrolId, PointRow.of(point));
        return find(patrolId);
    }

    @Override
    public boolean end(long patrolId, Instant endedAt, boolean valid, boolean auto, String note) {
        return mapper.end(patrolId, endedAt, valid, auto, note) == 1;
    }

    @Override
    public List<Patrol> openSince(Instant startedBefore, int limit) {
        return mapper.selectOpenSince(startedBefore, limit);
    }

    @Override
    public Page<Patrol> search(PatrolQuery query, PageRequest page) {
        long total = mapper.count(query);
        List<Patrol> items = page.offset() >= total ? List.of() : mapper.search(query, page.size(), page.offset());
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public List<Patrol> startedBetween(String unitPath, Instant from, Instant to) {
        return mapper.search(new PatrolQuery(null, unitPath, from, to, null), Integer.MAX_VALUE, 0);
    }

    @Override
    public List<TrackPoint> track(long patrolId) {
        return mapper.selectTrack(patrolId).stream().map(PointRow::toPoint).toList();
    }

    @Override
    public Map<String, Integer> halfDaysDone(String unitPath, Collection<LocalDate> days) {
        Map<String, Integer> done = new HashMap<>();
        for (Map<String, Object> row : mapper.selectHalfDaysDone(unitPath, days)) {
            done.put((String) row.get("worker"), ((Number) row.get("halves")).intValue());
        }
        return done;
    }

    @Override
    public List<DutyWorker> dutyWorkers(String unitPath) {
        return mapper.selectDutyWorkers(unitPath);
    }
}
