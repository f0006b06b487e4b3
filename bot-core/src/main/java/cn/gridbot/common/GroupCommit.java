package cn.gridbot.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transactions shared by concurrent callers (README "Throughput"). A caller hands its transactional work to
 * {@link #execute} and waits; a few writer threads each take every work waiting (up to a batch's size), run them
 * one after another in one transaction — their {@link cn.gridbot.common.persistence.WriteBehind} writes merged into one statement per kind — and
 * commit once, then wake each caller with its result. Nobody is answered before their writes are committed.
 * <p>
 * A batch forms only from what is already waiting: when idle, each work runs alone at once. When any work of a
 * batch fails, or the commit does, the batch is rolled back and each of its works runs again alone in its own
 * transaction, so a bad message fails by itself and a caller sees exactly what a transaction of its own would
 * have given it — except when the database is away ({@code outage}), which every work of the batch is told at once.
 */
public final class GroupCommit implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    private final BlockingQueue<Waiting<?>> queue = new LinkedBlockingQueue<>();
    private final TransactionTemplate transaction;
    private final Predicate<Throwable> outage;
    private final int batchSize;
    private final List<Thread> writers = new ArrayList<>();
    private final AtomicLong transactions = new AtomicLong();
    private final AtomicLong works = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean closed;

    public GroupCommit(String name, PlatformTransactionManager transactions, int writers, int batchSize,
            Predicate<Throwable> outage) {
        if (writers < 1 || batchSize < 1) {
            throw new IllegalArgumentException("A group commit needs at least one writer and a batch of at least one");
        }
        this.transaction = new TransactionTemplate(transactions);
        this.outage = outage;
        this.batchSize = batchSize;
        for (int i = 1; i <= writers; i++) {
            Thread writer = new Thread(this::write, name + "-writer-" + i);
            writer.setDaemon(true);
            writer.start();
            this.writers.add(writer);
        }
    }

    /**
     * Runs {@code work} in a transaction, possibly shared with others', and answers its result once committed;
     * throws what the work (or its commit) threw, as {@link TransactionTemplate#execute} would.
     */
    public <T> T execute(TransactionCallback<T> work) {
        if (closed) {
            throw new IllegalStateException("The group commit is closed");
        }
        Waiting<T> waiting = new Waiting<>(work);
        inFlight.incrementAndGet();
        queue.add(waiting);
        try {
            return waiting.result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the transaction was being written", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** Transactions committed or rolled back so far, batches and lone works alike. */
    public long transactions() {
        return transactions.get();
    }

    /** Works handed in whose callers still wait: queued or being written. */
    public int inFlight() {
        return inFlight.get();
    }

    /** Works handed in and not yet taken by a writer. */
    public int waiting() {
        return queue.size();
    }

    /** Works handed in so far that have finished. */
    public long works() {
        return works.get();
    }

    @Override
    public void close() {
        closed = true;
        writers.forEach(Thread::interrupt);
        for (Waiting<?> left; (left = queue.poll()) != null; ) {
            left.result.completeExceptionally(new IllegalStateException("The group commit was closed"));
        }
    }

    private void write() {
        List<Waiting<?>> batch = new ArrayList<>(batchSize);
        while (!closed) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, batchSize - 1);
            try {
                if (batch.size() == 1) {
                    alone(batch.get(0));
                } else {
                    together(batch);
                }
            } catch (RuntimeException | Error unexpected) {
                log.error("Group commit writer failed", Failures.withoutMessages(unexpected));
                batch.forEach(w -> w.result.completeExceptionally(unexpected));
            } finally {
                works.addAndGet(batch.size());
                batch.clear();
            }
        }
    }

    private void together(List<Waiting<?>> batch) {
        List<Object> results = new ArrayList<>(batch.size());
        try {
            transactions.incrementAndGet();
            transaction.executeWithoutResult(status -> {
                for (Waiting<?> w : batch) {
                    results.add(w.work.doInTransaction(status));
                }
                if (status.isRollbackOnly()) {
                    throw new BatchRolledBack();
                }
            });
        } catch (RuntimeException | Error failed) {
            if (outage.test(failed)) {
                batch.forEach(w -> w.result.completeExceptionally(failed));
                return;
            }
            log.info("A batch of {} rolled back ({}); each runs again on its own", batch.size(), failed.getClass().getSimpleName());
            batch.forEach(this::alone);
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).complete(results.get(i));
        }
    }

    private <T> void alone(Waiting<T> waiting) {
        try {
            transactions.incrementAndGet();
            waiting.result.complete(transaction.execute(waiting.work));
        } catch (RuntimeException | Error failed) {
            waiting.result.completeExceptionally(failed);
        }
    }

    private static final class Waiting<T> {

        final TransactionCallback<T> work;
        final CompletableFuture<T> result = new CompletableFuture<>();

        Waiting(TransactionCallback<T> work) {
            this.work = work;
        }

        @SuppressWarnings("unchecked")
        void complete(Object value) {
            result.complete((T) value);
        }
    }

    /** A work of the batch asked for a rollback: each runs again alone, and only that one's is rolled back. */
    private static final class BatchRolledBack extends RuntimeException {

        BatchRolledBack() {
            super("A work of the batch marked it rollback-only", null, false, false);
        }
    }
}
