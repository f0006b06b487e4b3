package cn.gridbot.app.health;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.gridbot.conversation.DatabaseBreaker;
import cn.gridbot.conversation.MessageSpool;

/**
 * The database answers a trivial query, told to the message breaker so that a probe, like a message, opens the way again
 * after an outage ({@link DatabaseBreaker#probe}); the spool shows what waits for it.
 */
@Component("db")
class DatabaseHealth implements HealthIndicator {

    private final JdbcTemplate jdbc;
    private final DatabaseBreaker breaker;
    private final MessageSpool spool;

    DatabaseHealth(JdbcTemplate jdbc, DatabaseBreaker breaker, MessageSpool spool) {
        this.jdbc = jdbc;
        this.breaker = breaker;
        this.spool = spool;
    }

    @Override
    public Health health() {
        boolean answers = breaker.probe(this::answers);
        Health.Builder health = answers && breaker.available() ? Health.up()
                : Health.status(RedisHealth.DEGRADED).withDetail("effect", "messages are answered and kept in the spool");
        return health.withDetail("circuit", breaker.state()).withDetail("spoolPending", spool.pendingCount())
                .withDetail("spoolParked", spool.parkedCount()).build();
    }

    private boolean answers() {
        try {
            return Integer.valueOf(1).equals(jdbc.queryForObject("SELECT 1", Integer.class));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
