package cn.gridbot.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads a dispatcher sends on: a fixed pool of {@code gridbot.outbox.parallelism}, so at most that many pushes
 * are in flight at once and at most that many claims are held (README "Push delivery"). {@link #run} returns only
 * when every lane of the batch has ended, so nothing of one batch is still being sent when the next one is read.
 */
final class DeliveryLanes implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeliveryLanes.class);

    /** One recipient's pushes, sent in order; asks {@code proceed} before each claim and answers how many it took. */
    interface Lane {
        int deliver(BooleanSupplier proceed);
    }

    private final ThreadPoolExecutor threads;
    private final Duration drain;
    private volatile boolean closing;

    DeliveryLanes(int parallelism, Duration drain) {
        AtomicInteger n = new AtomicInteger();
        // The queue holds at most one batch's lanes: run() waits for them before it is given the next batch.
        this.threads = new ThreadPoolExecutor(parallelism, parallelism, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "gridbot-push-" + n.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.threads.allowCoreThreadTimeOut(true);
        this.drain = drain;
    }

    /**
     * Runs the lanes, at most {@code parallelism} at once, and answers the sum of what they took. When one fails the
     * others stop before their next claim and the failure is thrown once all have ended; when the caller is
     * interrupted or the lanes are closing, each stops before its next claim (a push being sent is finished and
     * recorded) and the pushes not claimed stay due.
     */
    int run(List<Lane> lanes) {
        if (closing) {
            return 0;
        }
        AtomicBoolean stopped = new AtomicBoolean();
        BooleanSupplier proceed = () -> !stopped.get() && !closing;
        List<Future<Integer>> running = new ArrayList<>(lanes.size());
        try {
            for (Lane lane : lanes) {
                running.add(threads.submit(() -> {
                    try {
                        return lane.deliver(proceed);
                    } catch (RuntimeException | Error e) {
                        stopped.set(true);
                        throw e;
                    }
                }));
            }
        } catch (RejectedExecutionException closed) {
            stopped.set(true);
        }
        int taken = 0;
        Throwable failure = null;
        for (Future<Integer> lane : running) {
            try {
                taken += lane.get();
            } catch (ExecutionException e) {
                failure = failure == null ? e.getCause() : failure;
            } catch (InterruptedException e) {
                stopped.set(true);
                Thread.currentThread().interrupt();
                return taken;
            }
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return taken;
    }

    /** Claims nothing more, lets the pushes being sent finish and be recorded (for at most {@code drain}). */
    @Override
    public void close() {
        closing = true;
        threads.shutdown();
        try {
            if (!threads.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Pushes still being sent after {}: their outcomes go unrecorded and each is tried again "
                        + "once its claim lapses", drain);
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            threads.shutdownNow();
        }
    }

    boolean closing() {
        return closing;
    }
}
