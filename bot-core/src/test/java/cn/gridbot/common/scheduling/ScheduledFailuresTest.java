package cn.gridbot.common.scheduling;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

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
    void anythingElseIsNot() {
        assertNull(ScheduledFailures.databaseAway(new IllegalStateException("a bug")));
        assertNull(ScheduledFailures.databaseAway(new RuntimeException(new java.io.IOException("WeChat timed out"))));
    }
}
