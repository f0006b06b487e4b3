package cn.gridbot.common.scheduling;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class ScheduledFailuresTest {

    @Test
    void aConnectionThatCannotBeHadIsTheDatabaseAwayHoweverDeepItIsWrapped() {
        CannotGetJdbcConnectionException noConnection = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("Connection is not available"));
        assertSame(noConnection, ScheduledFailures.databaseAway(new RuntimeException("mapper", noConnection)));
        CannotCreateTransactionException noTransaction = new CannotCreateTransactionException("Could not open JDBC Connection");
        assertSame(noTransaction, ScheduledFailures.databaseAway(noTransaction));
        SQLTransientConnectionException pool = new SQLTransientConnectionException("pool timed out");
        assertSame(pool, ScheduledFailures.databaseAway(new IllegalStateException(pool)));
    }

    @Test
    void aConnectionLostInAStatementIsTheDatabaseAwayEvenWhenTheRollbackFailsToo() {
        SQLRecoverableException lost = new SQLRecoverableException("Communications link failure");
        RecoverableDataAccessException statement = new RecoverableDataAccessException("countPoint", lost);
        assertSame(lost, ScheduledFailures.databaseAway(statement));
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(statement);
        assertSame(lost, ScheduledFailures.databaseAway(rollback));
        assertNull(ScheduledFailures.databaseAway(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"))), "a failed rollback alone says nothing of why");
    }

    @Test
    void anythingElseIsNot() {
        assertNull(ScheduledFailures.databaseAway(new IllegalStateException("a bug")));
        assertNull(ScheduledFailures.databaseAway(new RuntimeException(new java.io.IOException("WeChat timed out"))));
    }
}
