package cn.gridbot.worker.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Repository;

import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;
import cn.gridbot.worker.Worker;
import cn.gridbot.worker.Workers;

/**
 * Workers by unit are read for every new event and by openid for every message, so both are cached
 * briefly: a change on this instance clears the caches at once, a change on another instance is seen
 * within {@link #UNIT_CACHE}.
 */
@Repository
class MyBatisWorkers implements Workers {

    private static final Duration UNIT_CACHE = Duration.ofSeconds(30);

    private final WorkerMapper mapper;
    private final Clock clock;
    private final Map<String, Cached> byUnit = new ConcurrentHashMap<>();
    private final Map<String, CachedOne> byOpenid = new ConcurrentHashMap<>();

    private record Cached(List<Worker> workers, Instant until) {
    }

    private record CachedOne(Optional<Worker> worker, Instant until) {
    }

    MyBatisWorkers(WorkerMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public Optional<Worker> findByCode(String code) {
        return Optional.ofNullable(mapper.selectByCode(code));
    }

    @Override
    public Optional<Worker> findByOpenid(String openid) {
        Instant now = clock.instant();
        CachedOne cached = byOpenid.get(openid);
        if (cached == null || now.isAfter(cached.until())) {
            if (byOpenid.size() > 100_000) {
                byOpenid.clear();
            }
            cached = new CachedOne(Optional.ofNullable(mapper.selectByOpenid(openid)), now.plus(UNIT_CACHE));
            byOpenid.put(openid, cached);
        }
        return cached.worker();
    }

    @Override
    public List<Worker> findByUnit(String unitCode) {
        Instant now = clock.instant();
        Cached cached = byUnit.get(unitCode);
        if (cached == null || now.isAfter(cached.until())) {
            cached = new Cached(List.copyOf(mapper.selectByUnit(unitCode)), now.plus(UNIT_CACHE));
            byUnit.put(unitCode, cached);
        }
        return cached.workers();
    }

    @Override
    public List<Worker> findBound() {
        return mapper.selectBound();
    }

    @Override
    public Page<Worker> list(String unitPath, PageRequest page) {
        return new Page<>(mapper.selectPage(unitPath, page.size(), page.offset()), page.page(), page.size(),
                mapper.count(unitPath));
    }

    @Override
    public boolean upsert(Worker worker) {
        byUnit.clear();
        byOpenid.clear();
        if (mapper.selectByCode(worker.code()) == null) {
            mapper.insert(worker, clock.instant());
            return true;
        }
        mapper.update(worker, clock.instant());
        return false;
    }
}
