package cn.gridbot.worker.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;
import cn.gridbot.worker.Worker;
import cn.gridbot.worker.Workers;

/**
 * Workers by unit are read for every new event and by openid for every message, so both are cached
 * briefly: a change on this instance is seen as soon as its transaction ends, a change on another instance
 * within {@link #UNIT_CACHE}.
 *
 * <p>A change clears the caches when it is written and again when its transaction ends: a message read
 * in between still saw the row as it was, and must not keep it. A read keeps what it found only when no
 * clearing happened since it began, so a read that began before the commit and ends after it does not
 * put the old row back either (a worker who has just bound their WeChat would otherwise be answered as a
 * resident for half a minute). A transaction that has itself changed workers reads the table, not the caches, and
 * keeps nothing: it must see its own change (an import checks each row's WeChat account against the rows before it),
 * and other threads must not be given rows not yet committed. One limit is left: a message whose transaction
 * took its snapshot before another's change committed (MySQL's repeatable read) may read the old row after the
 * clearing and keep it until the next change or for {@link #UNIT_CACHE}; a message batch's transaction lasts
 * only as long as its few messages take, so the window is that short.
 */
@Repository
class MyBatisWorkers implements Workers {

    private static final Duration UNIT_CACHE = Duration.ofSeconds(30);

    private final WorkerMapper mapper;
    private final Clock clock;
    private final Map<String, Cached> byUnit = new ConcurrentHashMap<>();
    private final Map<String, CachedOne> byOpenid = new ConcurrentHashMap<>();
    /** Counts the clearings; a read remembers what it found only if this has not moved since it began. */
    private long clearings;

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
        if (changedInThisTransaction()) {
            return Optional.ofNullable(mapper.selectByOpenid(openid));
        }
        Instant now = clock.instant();
        CachedOne cached = byOpenid.get(openid);
        if (cached == null || now.isAfter(cached.until())) {
            long began = clearings();
            cached = new CachedOne(Optional.ofNullable(mapper.selectByOpenid(openid)), now.plus(UNIT_CACHE));
            remember(byOpenid, openid, cached, began);
        }
        return cached.worker();
    }

    @Override
    public List<Worker> findByUnit(String unitCode) {
        if (changedInThisTransaction()) {
            return List.copyOf(mapper.selectByUnit(unitCode));
        }
        Instant now = clock.instant();
        Cached cached = byUnit.get(unitCode);
        if (cached == null || now.isAfter(cached.until())) {
            long began = clearings();
            cached = new Cached(List.copyOf(mapper.selectByUnit(unitCode)), now.plus(UNIT_CACHE));
            remember(byUnit, unitCode, cached, began);
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
        clear();
        try {
            if (mapper.selectByCode(worker.code()) == null) {
                mapper.insert(worker, clock.instant());
                return true;
            }
            mapper.update(worker, clock.instant());
            return false;
        } finally {
            clearOnceCommitted();
        }
    }

    /**
     * Clears now outside a transaction, else once when the transaction ends (one registration however many changes).
     */
    private void clearOnceCommitted() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            clear();
        } else if (!changedInThisTransaction()) {
            ClearWhenDone done = new ClearWhenDone();
            TransactionSynchronizationManager.registerSynchronization(done);
            TransactionSynchronizationManager.bindResource(this, done);
        }
    }

    /** A look-up in the thread's transaction resources: every message asks it, so it must cost next to nothing. */
    private boolean changedInThisTransaction() {
        return TransactionSynchronizationManager.hasResource(this);
    }

    /**
     * Registered by the first change of a transaction, and bound as this repository's resource while that transaction
     * is the thread's current one (unbound while it is suspended), which marks it as one that changed workers.
     */
    private final class ClearWhenDone implements TransactionSynchronization {

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(MyBatisWorkers.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(MyBatisWorkers.this, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(MyBatisWorkers.this);
            clear();
        }
    }

    private synchronized long clearings() {
        return clearings;
    }

    private synchronized <V> void remember(Map<String, V> cache, String key, V value, long began) {
        if (clearings != began) {
            return;
        }
        if (cache.size() > 100_000) {
            cache.clear();
        }
        cache.put(key, value);
    }

    private synchronized void clear() {
        clearings++;
        byUnit.clear();
        byOpenid.clear();
    }
}
