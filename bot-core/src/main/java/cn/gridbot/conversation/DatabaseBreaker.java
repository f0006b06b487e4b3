package cn.gridbot.conversation;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Component;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

/**
 * Whether the database answers in time for a message. After messages failed because it was unreachable
 * or too slow for the reply budget, messages go straight to the spool for a few seconds instead of each
 * waiting for a connection that will not come; then one message (or a spool replay) tries again, and
 * success opens the way for all.
 */
@Component
public class DatabaseBreaker {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBreaker.class);

    private final CircuitBreaker breaker = CircuitBreaker.of("database", CircuitBreakerConfig.custom()
            .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
            .slidingWindowSize(10)
            .minimumNumberOfCalls(2)
            // Above one half: one failure and one success (a message that failed, then its replay) is 50 %, and at
            // 50 the replay's own success shut the way (DatabaseBreakerTest). Above it a success can never trip the
            // breaker, and two failures (in two or three calls) still do.
            .failureRateThreshold(51)
            .waitDurationInOpenState(Duration.ofSeconds(3))
            .permittedNumberOfCallsInHalfOpenState(1)
            .build());

    DatabaseBreaker() {
        breaker.getEventPublisher().onStateTransition(e -> {
            if (e.getStateTransition().getToState() == CircuitBreaker.State.CLOSED) {
                log.info("The database answers again ({})", e.getStateTransition());
            } else {
                log.warn("Database circuit {}: messages go to the spool", e.getStateTransition());
            }
        });
    }

    /** Whether a message may try the database now; when it may, it must report {@link #succeeded} or {@link #failed}. */
    boolean tryAcquire() {
        return breaker.tryAcquirePermission();
    }

    void succeeded() {
        breaker.onSuccess(0, TimeUnit.NANOSECONDS);
    }

    void failed(Throwable cause) {
        breaker.onError(0, TimeUnit.NANOSECONDS, cause);
    }

    /** The database did not answer within the budget. */
    void timedOut() {
        breaker.onError(0, TimeUnit.NANOSECONDS, new QueryTimeoutException("no answer within the reply budget"));
    }

    /** A call that was permitted ended without telling whether the database works. */
    void released() {
        breaker.releasePermission();
    }

    /**
     * A health probe's answer (the database answers {@code SELECT 1}), told to the breaker while the way is shut: once
     * the wait is over the probe tries the database as a message would, and its success opens the way. Without it the
     * breaker stayed open after an outage until the next message came, and {@code /actuator/health} said DEGRADED all
     * that time though the database was back (as it did, until 2026-12-06, after a failed message's own
     * replay had shut it: see the threshold). While the way is open, or while a message holds the one try, the probe's
     * answer is only returned. The answer must not throw.
     */
    public boolean probe(BooleanSupplier answers) {
        if (available() || !tryAcquire()) {
            return answers.getAsBoolean();
        }
        boolean answered = answers.getAsBoolean();
        if (answered) {
            succeeded();
        } else {
            failed(new IllegalStateException("the database did not answer a health probe"));
        }
        return answered;
    }

    public boolean available() {
        return breaker.getState() != CircuitBreaker.State.OPEN && breaker.getState() != CircuitBreaker.State.FORCED_OPEN;
    }

    public String state() {
        return breaker.getState().name();
    }
}
