package cn.gridbot.common.scheduling;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;

import cn.gridbot.common.DataStoreFailures;

/**
 * Start-up work that needs the database (the shipped holiday calendar, the demo county): run now and, while the
 * database is not reachable ({@link DataStoreFailures#unreachable}), logged in one line and run again after the retry
 * interval, rather than failing the start (README "Failure behaviour"). Any other failure is thrown as it is.
 */
public final class UntilReachable {

    private static final Logger log = LoggerFactory.getLogger(UntilReachable.class);

    private UntilReachable() {
    }

    /** Runs {@code work}, named {@code what} in the log line, again after {@code retry} each time the database is away. */
    public static void run(String what, Runnable work, TaskScheduler scheduler, Duration retry) {
        try {
            work.run();
        } catch (RuntimeException e) {
            Throwable away = DataStoreFailures.unreachable(e);
            if (away == null) {
                throw e;
            }
            log.warn("{} not loaded: the database is not reachable ({}); trying again in {} s", what,
                    away.getClass().getSimpleName(), retry.toSeconds());
            scheduler.schedule(() -> run(what, work, scheduler, retry), Instant.now().plus(retry));
        }
    }
}
