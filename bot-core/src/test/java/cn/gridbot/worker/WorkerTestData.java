package cn.gridbot.worker;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;

/** Workers in memory, and the binding use case built on them. */
public final class WorkerTestData {

    private WorkerTestData() {
    }

    /** Binding on in-memory codes and attempts; the lock does not expire here. */
    public static WorkerBinding binding(Workers workers, Clock clock) {
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        return new WorkerBinding(workers, new InMemoryBindingCodes(), new BindingAttempts() {
            @Override
            public int failures(String openid) {
                return failures.getOrDefault(openid, 0);
            }

            @Override
            public int recordFailure(String openid) {
                return failures.merge(openid, 1, Integer::sum);
            }

            @Override
            public void reset(String openid) {
                failures.remove(openid);
            }
        }, clock);
    }

    /** Binding codes in memory, by hash. */
    static final class InMemoryBindingCodes implements BindingCodes {

        private record Code(String workerCode, Instant expiresAt) {
        }

        private final Map<String, Code> live = new HashMap<>();

        @Override
        public synchronized boolean issue(String codeHash, String workerCode, Instant expiresAt, String issuedBy, Instant at) {
            live.values().removeIf(c -> c.workerCode().equals(workerCode) || !c.expiresAt().isAfter(at));
            return live.putIfAbsent(codeHash, new Code(workerCode, expiresAt)) == null;
        }

        @Override
        public synchronized Optional<String> workerOf(String codeHash, Instant now) {
            return Optional.ofNullable(live.get(codeHash)).filter(c -> c.expiresAt().isAfter(now)).map(Code::workerCode);
        }

        @Override
        public synchronized boolean use(String codeHash, Instant now) {
            return workerOf(codeHash, now).isPresent() && live.remove(codeHash) != null;
        }
    }

    /** A register of workers in memory. */
    public static final class InMemoryWorkers implements Workers {

        private final List<Worker> workers = new ArrayList<>();

        public InMemoryWorkers(Worker... initial) {
            workers.addAll(List.of(initial));
        }

        @Override
        public synchronized Optional<Worker> findByCode(String code) {
            return workers.stream().filter(w -> w.code().equals(code)).findFirst();
        }

        @Override
        public synchronized Optional<Worker> findByOpenid(String openid) {
            return workers.stream().filter(w -> openid.equals(w.openid())).findFirst();
        }

        @Override
        public synchronized List<Worker> findByUnit(String unitCode) {
            return workers.stream().filter(w -> w.unitCode().equals(unitCode)).toList();
        }

        @Override
        public synchronized List<Worker> findBound() {
            return workers.stream().filter(Worker::isBound).toList();
        }

        @Override
        public synchronized Page<Worker> list(String unitPath, PageRequest page) {
            return new Page<>(List.copyOf(workers), page.page(), page.size(), workers.size());
        }

        @Override
        public synchronized boolean upsert(Worker worker) {
            boolean existed = workers.removeIf(w -> w.code().equals(worker.code()));
            workers.add(worker);
            return !existed;
        }
    }
}
