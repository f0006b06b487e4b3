package cn.gridbot.worker.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import cn.gridbot.worker.Worker;

/**
 * The worker caches against a change still in its transaction: what a message reads before the commit is the row
 * as it was, and must not outlive the commit (a worker who has just scanned their binding code, then asks for
 * "任务", must be answered as the worker).
 */
class MyBatisWorkersTest {

    private static final Worker UNBOUND = new Worker("W004", "陈晓燕", null, "G-04", null, true);
    private static final Worker BOUND = UNBOUND.withOpenid("o-new-phone");

    private final TableInTransaction table = new TableInTransaction();
    private final MyBatisWorkers workers = new MyBatisWorkers(table,
            Clock.fixed(Instant.parse("2026-12-05T08:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aMessageReadBetweenTheBindingAndItsCommitIsNotKeptPastTheCommit() throws Exception {
        TransactionSynchronizationManager.initSynchronization();
        workers.upsert(BOUND);
        assertThat(CompletableFuture.supplyAsync(() -> workers.findByOpenid("o-new-phone")).get(5, TimeUnit.SECONDS))
                .as("another thread still sees the row as committed").isEmpty();
        assertThat(CompletableFuture.supplyAsync(() -> workers.findByUnit("G-04")).get(5, TimeUnit.SECONDS))
                .extracting(Worker::openid).containsOnlyNulls();

        commit();

        assertThat(workers.findByOpenid("o-new-phone")).contains(BOUND);
        assertThat(workers.findByUnit("G-04")).containsExactly(BOUND);
    }

    @Test
    void aReadBegunBeforeTheCommitAndEndedAfterItDoesNotPutTheOldRowBack() throws Exception {
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch committed = new CountDownLatch(1);
        table.pauseReads(read, committed);
        CompletableFuture<Optional<Worker>> slow = CompletableFuture.supplyAsync(() -> workers.findByOpenid("o-new-phone"));
        assertThat(read.await(5, TimeUnit.SECONDS)).isTrue();
        table.pauseReads(null, null);

        TransactionSynchronizationManager.initSynchronization();
        workers.upsert(BOUND);
        commit();
        committed.countDown();

        assertThat(slow.get(5, TimeUnit.SECONDS)).as("the slow read found the row as it was").isEmpty();
        assertThat(workers.findByOpenid("o-new-phone")).contains(BOUND);
    }

    /** An import reads the workers after each row it writes: what it reads of its own rows is not given to others. */
    @Test
    void aTransactionsReadOfItsOwnChangeIsNotGivenToOtherThreads() throws Exception {
        TransactionSynchronizationManager.initSynchronization();
        workers.upsert(BOUND);
        workers.upsert(BOUND);
        assertThat(TransactionSynchronizationManager.getSynchronizations()).as("one clearing however many changes").hasSize(1);
        assertThat(CompletableFuture.supplyAsync(() -> workers.findByOpenid("o-new-phone")).get(5, TimeUnit.SECONDS))
                .as("another thread reads the row as committed").isEmpty();
        assertThat(workers.findByOpenid("o-new-phone")).as("the transaction sees its own change, not the cache").contains(BOUND);
        assertThat(CompletableFuture.supplyAsync(() -> workers.findByOpenid("o-new-phone")).get(5, TimeUnit.SECONDS))
                .as("another thread is not given a row that may yet roll back").isEmpty();
        rollBack();
        assertThat(workers.findByOpenid("o-new-phone")).isEmpty();
    }

    @Test
    void aChangeOutsideATransactionIsSeenAtOnceAndAnUnchangedReadIsCached() {
        assertThat(workers.findByOpenid("o-new-phone")).isEmpty();
        workers.upsert(BOUND);
        table.commit();
        assertThat(workers.findByOpenid("o-new-phone")).contains(BOUND);
        int reads = table.reads;
        assertThat(workers.findByOpenid("o-new-phone")).contains(BOUND);
        assertThat(table.reads).as("the second read comes from the cache").isEqualTo(reads);
    }

    private void rollBack() {
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        table.pending = null;
        TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations, TransactionSynchronization.STATUS_ROLLED_BACK);
    }

    private void commit() {
        table.commit();
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations, TransactionSynchronization.STATUS_COMMITTED);
    }

    /** One worker's row: a write stays pending, unseen by reads, until the test commits it. */
    private static final class TableInTransaction implements WorkerMapper {

        private volatile Worker committed = UNBOUND;
        private volatile Worker pending;
        /** The thread whose transaction wrote {@link #pending}: it reads its own change, as a connection does. */
        private volatile Thread writer;
        private volatile CountDownLatch readDone;
        private volatile CountDownLatch resume;
        volatile int reads;

        void pauseReads(CountDownLatch readDone, CountDownLatch resume) {
            this.readDone = readDone;
            this.resume = resume;
        }

        void commit() {
            committed = pending;
            pending = null;
        }

        @Override
        public Worker selectByCode(String code) {
            return code.equals(committed.code()) ? committed : null;
        }

        @Override
        public Worker selectByOpenid(String openid) {
            reads++;
            Worker seen = pending != null && Thread.currentThread() == writer ? pending : committed;
            Worker found = openid.equals(seen.openid()) ? seen : null;
            CountDownLatch done = readDone;
            CountDownLatch wait = resume;
            if (done != null) {
                done.countDown();
                try {
                    wait.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return found;
        }

        @Override
        public List<Worker> selectByUnit(String unitCode) {
            return unitCode.equals(committed.unitCode()) ? List.of(committed) : List.of();
        }

        @Override
        public List<Worker> selectBound() {
            return committed.isBound() ? List.of(committed) : List.of();
        }

        @Override
        public List<Worker> selectPage(String unitPath, int limit, long offset) {
            return List.of(committed);
        }

        @Override
        public long count(String unitPath) {
            return 1;
        }

        @Override
        public int insert(Worker worker, Instant at) {
            pending = worker;
            writer = Thread.currentThread();
            return 1;
        }

        @Override
        public int update(Worker worker, Instant at) {
            pending = worker;
            writer = Thread.currentThread();
            return 1;
        }
    }
}
