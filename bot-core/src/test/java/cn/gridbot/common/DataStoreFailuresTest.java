package cn.gridbot.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DataStoreFailuresTest {

    @Test
    void aConnectionThatCannotBeHadIsUnreachableHoweverDeepItIsWrapped() {
        CannotGetJdbcConnectionException noConnection = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("Connection is not available"));
        assertSame(noConnection, DataStoreFailures.unreachable(new RuntimeException("mapper", noConnection)));
        CannotCreateTransactionException noTransaction = new CannotCreateTransactionException("Could not open JDBC Connection");
        assertSame(noTransaction, DataStoreFailures.unreachable(noTransaction));
        SQLTransientConnectionException pool = new SQLTransientConnectionException("pool timed out");
        assertSame(pool, DataStoreFailures.unreachable(new IllegalStateException(pool)));
        RedisConnectionFailureException redis = new RedisConnectionFailureException("Unable to connect to Redis");
        assertSame(redis, DataStoreFailures.unreachable(redis), "the cause's class names the store");
    }

    @Test
    void aConnectionLostInAStatementIsUnreachableEvenWhenTheRollbackFailsToo() {
        SQLRecoverableException lost = new SQLRecoverableException("Communications link failure");
        RecoverableDataAccessException statement = new RecoverableDataAccessException("countPoint", lost);
        assertSame(lost, DataStoreFailures.unreachable(statement));
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(statement);
        assertSame(lost, DataStoreFailures.unreachable(rollback));
        assertTrue(DataStoreFailures.awayOrTooSlow(rollback), "a message whose rollback failed after the loss is spooled");
        TransactionSystemException unexplained = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        assertNull(DataStoreFailures.unreachable(unexplained), "a failed rollback alone says nothing of why");
        assertFalse(DataStoreFailures.awayOrTooSlow(unexplained));
    }

    @Test
    void aDatabaseTooSlowForAMessageIsAnOutageForTheMessagePathButNotUnreachable() {
        QueryTimeoutException budget = new QueryTimeoutException("no answer within the reply budget");
        assertTrue(DataStoreFailures.awayOrTooSlow(budget));
        assertNull(DataStoreFailures.unreachable(budget), "a scheduled job that timed out logs its stack trace");
        assertTrue(DataStoreFailures.awayOrTooSlow(new RuntimeException(new SQLTimeoutException("statement timeout"))));
        assertTrue(DataStoreFailures.awayOrTooSlow(new IllegalStateException(new ConnectException("Connection refused"))));
    }

    @Test
    void aBadMessageOrABugIsNeither() {
        DataIntegrityViolationException tooLong = new DataIntegrityViolationException("Data too long for column");
        assertNull(DataStoreFailures.unreachable(tooLong));
        assertFalse(DataStoreFailures.awayOrTooSlow(tooLong), "a message the database refuses is not spooled as an outage");
        assertNull(DataStoreFailures.unreachable(new IllegalStateException("a bug")));
        assertNull(DataStoreFailures.unreachable(new RuntimeException(new java.io.IOException("WeChat timed out"))));
        assertFalse(DataStoreFailures.awayOrTooSlow(new IllegalStateException("a bug")));
    }

    @Test
    void aCauseThatIsItsOwnCauseEnds() {
        RuntimeException loop = new RuntimeException("loop") {
            @Override
            public synchronized Throwable getCause() {
                return this;
            }
        };
        assertNull(DataStoreFailures.unreachable(loop));
        assertFalse(DataStoreFailures.awayOrTooSlow(loop));
    }
}
