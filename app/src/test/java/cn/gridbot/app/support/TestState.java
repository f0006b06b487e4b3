package cn.gridbot.app.support;

import java.util.List;
import java.util.Set;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gridbot.common.RedisKeys;
import cn.gridbot.grid.GridCatalog;

/**
 * Empties every GridBot table and GridBot's Redis keys — not Flyway's history, and not ShedLock's locks,
 * whose provider remembers which lock rows exist and would take a removed row for a held lock.
 */
@TestComponent
public class TestState {

    private static final List<String> TABLES = List.of("event_attachment", "event_timeline", "grid_event",
            "inbound_message", "notification", "resident_visit", "resident", "worker", "grid_unit", "reminder_run",
            "binding_code", "binding_failure", "event_stats", "event_unit_count", "audit_log", "admin_token",
            "dialog_state", "event_sequence", "job_run", "event_id_block", "patrol_point", "patrol", "console_session",
            "console_user", "extension_request", "event_followup", "register_check", "register_pick", "register_record");

    private final JdbcTemplate jdbc;
    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final GridCatalog catalog;

    private final TestClock clock;

    TestState(JdbcTemplate jdbc, StringRedisTemplate redis, RedisKeys keys, GridCatalog catalog, TestClock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.redis = redis;
        this.keys = keys;
        this.catalog = catalog;
    }

    public void reset() {
        TABLES.forEach(table -> jdbc.execute("DELETE FROM " + table));
        flushRedis();
        FakeWeChat.instance().reset();
        clock.reset();
        catalog.reload();
    }

    /** Removes GridBot's keys, as a Redis restart without persistence would. */
    public void flushRedis() {
        Set<String> found = redis.keys(keys.prefix() + "*");
        if (found != null && !found.isEmpty()) {
            redis.delete(found);
        }
    }

    public int count(String table) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
        return n == null ? 0 : n;
    }

    /** How many events the resident of {@code openid} has filed. */
    public int eventsOf(String openid) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM grid_event WHERE reporter_openid = ?", Integer.class, openid);
        return n == null ? 0 : n;
    }
}
