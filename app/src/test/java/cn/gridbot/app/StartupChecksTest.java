package cn.gridbot.app;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.CannotCreateTransactionException;

import cn.gridbot.admin.security.AdminProperties;
import cn.gridbot.calendar.WorkingCalendar;
import cn.gridbot.wechat.WeChatProperties;

/**
 * The start-up checks read the holiday calendar from the database: lost right after start-up, it must not stop the
 * application (the own-server outage check of 2026-12-06 found "Application run failed" from this read).
 */
class StartupChecksTest {

    private final WorkingCalendar calendar = mock(WorkingCalendar.class);
    private final AdminProperties admin = mock(AdminProperties.class);
    private final StartupChecks checks = new StartupChecks(admin, mock(WeChatProperties.class),
            calendar, new MockEnvironment().withProperty("gridbot.notify.channel", "log"));

    StartupChecksTest() {
        when(admin.bootstrapToken()).thenReturn("a-bootstrap-token-long-enough-0123");
    }

    @Test
    void theDatabaseAwayWhenTheCalendarIsReadDoesNotStopTheStart() {
        when(calendar.knownYears()).thenThrow(new CannotCreateTransactionException("Could not open JDBC Connection"));
        assertDoesNotThrow(() -> checks.run(null));
    }

    @Test
    void anotherFailureStillStopsTheStart() {
        when(calendar.knownYears()).thenThrow(new IllegalStateException("a bug, not an outage"));
        assertThrows(IllegalStateException.class, () -> checks.run(null));
    }
}
