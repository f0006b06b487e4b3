package cn.gridbot.common.scheduling;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.util.ErrorHandler;

/**
 * What a scheduled job's failure logs. While the database cannot be reached (README "Failure behaviour") every job that
 * needs it fails on each run — the outbox dispatcher every few seconds — and a stack trace of a hundred lines each time
 * buried what an operator looks for; such a failure is now one WARN line naming the pool's thread and the cause (the
 * cause's class says which store: {@code CannotGetJdbcConnectionException}, {@code RedisConnectionFailureException}), and
 * the job simply runs again on its schedule. Anything else is logged with its stack trace, as Spring's default does.
 */
public final class ScheduledFailures implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ScheduledFailures.class);
    /** How far down a chain of causes the connection failure is looked for (MyBatis and Spring wrap it twice or so). */
    private static final int CAUSES = 10;

    @Override
    public void handleError(Throwable failure) {
        Throwable away = databaseAway(failure);
        if (away != null) {
            log.warn("Scheduled job on {} did not run: a data store is not reachable ({}); it runs again on its schedule",
                    Thread.currentThread().getName(), away.getClass().getSimpleName());
        } else {
            log.error("Unexpected error occurred in scheduled task", failure);
        }
    }

    /**
     * The cause that says a data store could not be reached — the database, or Redis, whose connection failure is a
     * {@link DataAccessResourceFailureException} too — or null when the failure is something else. A connection lost in
     * the middle of a statement is an {@link SQLRecoverableException} (Connector/J's {@code CommunicationsException});
     * the rollback that follows then fails too, and the {@link TransactionSystemException} it throws keeps the lost
     * connection as its application exception, not as its cause.
     */
    public static Throwable databaseAway(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException) {
                return cause;
            }
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
                Throwable applied = databaseAway(rollback.getApplicationException());
                if (applied != null) {
                    return applied;
                }
            }
        }
        return null;
    }
}
