package cn.gridbot.common.scheduling;

import cn.gridbot.common.DataStoreFailures;
import cn.gridbot.common.Failures;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.ErrorHandler;

/**
 * What a scheduled job's failure logs. While the database cannot be reached (README "Failure behaviour") every job that
 * needs it fails on each run — the outbox dispatcher every few seconds — and a stack trace of a hundred lines each time
 * buried what an operator looks for; such a failure is now one WARN line naming the pool's thread and the cause (the
 * cause's class says which store: {@code CannotGetJdbcConnectionException}, {@code RedisConnectionFailureException}), and
 * the job simply runs again on its schedule. Anything else is logged with its stack trace, as Spring's default does,
 * but without its messages ({@link Failures#withoutMessages}): one may quote a resident's words.
 */
public final class ScheduledFailures implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ScheduledFailures.class);

    @Override
    public void handleError(Throwable failure) {
        Throwable away = DataStoreFailures.unreachable(failure);
        if (away != null) {
            log.warn("Scheduled job on {} did not run: a data store is not reachable ({}); it runs again on its schedule",
                    Thread.currentThread().getName(), away.getClass().getSimpleName());
        } else {
            log.error("Unexpected error occurred in scheduled task", Failures.withoutMessages(failure));
        }
    }
}
