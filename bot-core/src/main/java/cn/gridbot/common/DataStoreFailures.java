package cn.gridbot.common;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Which failures say that a data store is away, rather than that the work itself is wrong (README "Failure
 * behaviour"). One reading for every caller: the message path spools on {@link #awayOrTooSlow}, and the scheduled jobs
 * and the demo county's load log one line and try again on {@link #unreachable}.
 */
public final class DataStoreFailures {

    /** How far down a chain of causes the connection failure is looked for (MyBatis and Spring wrap it twice or so). */
    private static final int CAUSES = 10;

    private DataStoreFailures() {
    }

    /**
     * The cause that says a data store could not be reached — the database, or Redis, whose connection failure is a
     * {@link DataAccessResourceFailureException} too — or null when the failure is something else. A connection lost in
     * the middle of a statement is an {@link SQLRecoverableException} (Connector/J's {@code CommunicationsException});
     * the rollback that follows then fails too, and the {@link TransactionSystemException} it throws keeps the lost
     * connection as its application exception, not as its cause.
     */
    public static Throwable unreachable(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < CAUSES; depth++, cause = next(cause)) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException) {
                return cause;
            }
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
                Throwable applied = unreachable(rollback.getApplicationException());
                if (applied != null) {
                    return applied;
                }
            }
        }
        return null;
    }

    /**
     * Whether the failure says the database is unreachable or too slow for a resident's message, rather than that the
     * message is bad: {@link #unreachable}, a query or statement that timed out, or a socket that was refused.
     */
    public static boolean awayOrTooSlow(Throwable failure) {
        if (unreachable(failure) != null) {
            return true;
        }
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < CAUSES; depth++, cause = next(cause)) {
            if (cause instanceof TransientDataAccessResourceException || cause instanceof QueryTimeoutException
                    || cause instanceof SQLTimeoutException || cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }
}
