package cn.gridbot.common;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.lettuce.core.RedisException;

/**
 * Every Redis call goes through here. Redis only makes GridBot faster — the database is the truth — so
 * a Redis that is down or hanging may cost a message one short command timeout at most
 * ({@code spring.data.redis.timeout}, 200 ms by default; README "Failure behaviour"): within a
 * {@linkplain #forMessage() message's scope} the first failed call makes the rest of that message skip
 * Redis, and a circuit breaker stops calling it at all once several calls failed, letting one through
 * every few seconds to see whether it is back. Skipped and failed calls answer the caller's fallback.
 */
@Component
public class RedisGuard {

    private static final Logger log = LoggerFactory.getLogger(RedisGuard.class);
    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private final CircuitBreaker breaker;

    public RedisGuard() {
        this(Duration.ofSeconds(3));
    }

    /** {@code retryAfter}: how long the breaker stays open before it lets a call through to try again. */
    RedisGuard(Duration retryAfter) {
        this.breaker = CircuitBreaker.of("redis", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(10)
                .minimumNumberOfCalls(3)
                .failureRateThreshold(50)
                .waitDurationInOpenState(retryAfter)
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordExceptions(DataAccessException.class, RedisException.class)
                .build());
        breaker.getEventPublisher().onStateTransition(e -> {
            if (e.getStateTransition().getToState() == CircuitBreaker.State.CLOSED) {
                log.info("Redis answers again; using it ({})", e.getStateTransition());
            } else {
                log.warn("Redis circuit {}: going on with the database alone", e.getStateTransition());
            }
        });
    }

    /** The Redis result, or the fallback's when Redis is skipped or fails. */
    public <T> T call(Supplier<T> operation, Supplier<T> fallback) {
        Scope scope = CURRENT.get();
        if (scope != null && scope.struck) {
            return fallback.get();
        }
        if (!breaker.tryAcquirePermission()) {
            return fallback.get();
        }
        long start = System.nanoTime();
        try {
            T value = operation.get();
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return value;
        } catch (DataAccessException | RedisException e) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            if (scope != null) {
                scope.struck = true;
            }
            log.debug("Redis call failed: {}", e.getMessage());
            return fallback.get();
        }
    }

    /** Runs a write whose loss only costs speed; answers whether it reached Redis. */
    public boolean run(Runnable operation) {
        return call(() -> {
            operation.run();
            return true;
        }, () -> false);
    }

    /** Whether Redis is being used (the breaker is not open). */
    public boolean available() {
        return breaker.getState() == CircuitBreaker.State.CLOSED || breaker.getState() == CircuitBreaker.State.HALF_OPEN;
    }

    public String state() {
        return breaker.getState().name();
    }

    /**
     * Opens the scope of one message on this thread: after a failed call the rest of the message goes
     * without Redis. Close it (try-with-resources) when the message is done.
     */
    public Scope forMessage() {
        Scope scope = new Scope(CURRENT.get());
        CURRENT.set(scope);
        return scope;
    }

    /** One message's use of Redis; closing it gives the thread back the scope it had before. */
    public static final class Scope implements AutoCloseable {

        private final Scope outer;
        private boolean struck;

        private Scope(Scope outer) {
            this.outer = outer;
        }

        @Override
        public void close() {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
