package cn.gridbot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A health probe reopens the way after an outage once the breaker's wait is over, as a message would: until
 * 2026-12-06 the breaker stayed open after the database came back until the next message, and the health endpoint
 * said DEGRADED all that time (found by the outage check on a quiet instance).
 */
class DatabaseBreakerTest {

    private static final long WAIT_MILLIS = 3_100;

    @Test
    void aProbeThatFindsTheDatabaseBackOpensTheWayOnceTheWaitIsOver() throws InterruptedException {
        DatabaseBreaker breaker = opened();
        assertFalse(breaker.probe(() -> true) && breaker.available(), "the wait is not over: still shut");
        assertEquals("OPEN", breaker.state());
        Thread.sleep(WAIT_MILLIS);
        assertTrue(breaker.probe(() -> true));
        assertTrue(breaker.available(), "the probe's success opens the way");
        assertEquals("CLOSED", breaker.state());
    }

    @Test
    void aProbeThatFindsTheDatabaseStillAwayKeepsTheWayShut() throws InterruptedException {
        DatabaseBreaker breaker = opened();
        Thread.sleep(WAIT_MILLIS);
        assertFalse(breaker.probe(() -> false));
        assertFalse(breaker.available());
        assertEquals("OPEN", breaker.state());
    }

    @Test
    void aProbeWhileTheWayIsOpenOnlyAnswers() {
        DatabaseBreaker breaker = new DatabaseBreaker();
        assertFalse(breaker.probe(() -> false), "the database away");
        assertFalse(breaker.probe(() -> false));
        assertTrue(breaker.available(), "health probes alone never shut the way: only messages do");
        assertEquals("CLOSED", breaker.state());
    }

    @Test
    void aMessageHoldingTheOneTryLeavesTheProbeOutside() throws InterruptedException {
        DatabaseBreaker breaker = opened();
        Thread.sleep(WAIT_MILLIS);
        assertTrue(breaker.tryAcquire(), "a message takes the one try");
        assertTrue(breaker.probe(() -> true), "the probe's answer is returned");
        assertEquals("HALF_OPEN", breaker.state(), "the message, not the probe, decides");
        breaker.succeeded();
        assertEquals("CLOSED", breaker.state());
    }

    private static DatabaseBreaker opened() {
        DatabaseBreaker breaker = new DatabaseBreaker();
        for (int i = 0; i < 2; i++) {
            assertTrue(breaker.tryAcquire());
            breaker.failed(new DataAccessResourceFailureException("connection refused"));
        }
        assertFalse(breaker.available(), "two failed messages shut the way");
        return breaker;
    }
}
