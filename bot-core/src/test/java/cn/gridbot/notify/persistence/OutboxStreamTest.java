package cn.gridbot.notify.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gridbot.notify.Notification;
import cn.gridbot.notify.NotificationKind;
import cn.gridbot.notify.OutboxStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database outbox's stream (the reminder run's writer): chunks of at most 500 of one kind, each in key order,
 * every notification written once, counts per kind from what the database answered, a deadlock retried and any
 * other failure handed back to the run.
 */
class OutboxStreamTest {

    private static final Instant AT = Instant.parse("2026-11-27T00:00:00Z");

    /** Records each statement's keys (the first of every row's 12 values) and answers that every row was new. */
    private static final class FakeDatabase extends JdbcTemplate {

        final List<List<String>> statements = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger deadlocks = new AtomicInteger();
        volatile int failAtStatement = -1;

        @Override
        public <T> T execute(ConnectionCallback<T> action) {
            if (deadlocks.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new DeadlockLoserDataAccessException("deadlock", null);
            }
            if (failAtStatement >= 0 && statements.size() >= failAtStatement) {
                throw new DataIntegrityViolationException("refused");
            }
            List<String> keys = new ArrayList<>();
            PreparedStatement ps = (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] { PreparedStatement.class }, (proxy, method, args) -> switch (method.getName()) {
                        case "setString" -> {
                            if (((Integer) args[0] - 1) % 12 == 0) {
                                keys.add((String) args[1]);
                            }
                            yield null;
                        }
                        case "executeUpdate" -> {
                            statements.add(keys);
                            yield keys.size();
                        }
                        default -> null;
                    });
            Connection connection = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] { Connection.class }, (proxy, method, args) -> method.getName().equals("prepareStatement") ? ps : null);
            try {
                return action.doInConnection(connection);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final FakeDatabase database = new FakeDatabase();
    private final MyBatisOutbox outbox = new MyBatisOutbox(null, database, JsonMapper.builder().build());

    private static Notification notification(NotificationKind kind, int n) {
        return new Notification(kind + ":R" + n + ":2026-11-27:W101", kind, "o-worker", "W101", null, "场所" + n, null, null,
                Map.of("resident", "场所" + n), "text", AT);
    }

    @Test
    void writesEveryNotificationOnceInChunksOfOneKindInKeyOrder() {
        Map<NotificationKind, Integer> created;
        try (OutboxStream stream = outbox.stream()) {
            for (int i = 0; i < 1250; i++) {
                stream.add(notification(NotificationKind.CHECK_DUE, i));
            }
            for (int i = 0; i < 30; i++) {
                stream.add(notification(NotificationKind.CHECK_OVERDUE, i));
            }
            created = stream.finish();
        }
        assertThat(created).containsEntry(NotificationKind.CHECK_DUE, 1250).containsEntry(NotificationKind.CHECK_OVERDUE, 30);
        Set<String> written = new HashSet<>();
        for (List<String> keys : database.statements) {
            assertThat(keys).hasSizeLessThanOrEqualTo(500).isSorted();
            assertThat(keys.stream().map(k -> k.substring(0, k.indexOf(':'))).distinct()).hasSize(1);
            written.addAll(keys);
        }
        assertThat(written).hasSize(1280);
        assertThat(database.statements).hasSize(4);
    }

    @Test
    void aDeadlockIsRetried() {
        database.deadlocks.set(2);
        try (OutboxStream stream = outbox.stream()) {
            stream.add(notification(NotificationKind.VISIT_DUE, 1));
            assertThat(stream.finish()).containsEntry(NotificationKind.VISIT_DUE, 1);
        }
        assertThat(database.statements).hasSize(1);
    }

    @Test
    void anyOtherFailureReachesTheRun() {
        database.failAtStatement = 1;
        try (OutboxStream stream = outbox.stream()) {
            assertThatThrownBy(() -> {
                for (int i = 0; i < 5000; i++) {
                    stream.add(notification(NotificationKind.VISIT_OVERDUE, i));
                }
                stream.finish();
            }).isInstanceOf(DataIntegrityViolationException.class);
        }
    }
}
