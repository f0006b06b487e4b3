package cn.gridbot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A health probe reopens the way after an outage once the breaker's wait is over, as a message would, and a failed
 * message's successful replay never shuts it: until 2026-12-06 the replay's success shut it (one failure in two calls
 * was the threshold), it stayed shut until the next message came, and the health endpoint said DEGRADED all that time
 * (found by the outage check on a quiet instance).
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

    /** Until 2026-12-06 one failure and one success were 50 %, the threshold: the replay's success shut the way. */
    @Test
    void aFailedMessageFollowedByItsSuccessfulReplayLeavesTheWayOpen() {
        DatabaseBreaker breaker = new DatabaseBreaker();
        assertTrue(breaker.tryAcquire());
        breaker.failed(new DataAccessResourceFailureException("connection refused"));
        assertTrue(breaker.tryAcquire(), "the replay may try");
        breaker.succeeded();
        assertTrue(breaker.available());
        assertEquals("CLOSED", breaker.state());
        assertTrue(breaker.tryAcquire());
        breaker.failed(new DataAccessResourceFailureException("connection refused"));
        assertFalse(breaker.available(), "a second failure (two in three calls) shuts the way");
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
