package cn.gridbot.notify.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The multi-row {@code INSERT IGNORE} of notifications, hand-written like the mapper's statements and
 * built once per row count. Times are sent as UTC text with milliseconds,
 * like every other instant GridBot stores.
 */
final class BulkInsert {

    private static final String HEAD = "INSERT IGNORE INTO notification (notify_key, kind, recipient_openid, worker_code, "
            + "resident_id, resident_name, event_number, unit_path, payload, status, attempts, next_attempt_at, created_at) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final Map<Integer, String> STATEMENTS = new ConcurrentHashMap<>();

    private BulkInsert() {
    }

    static String sql(int rows) {
        return STATEMENTS.computeIfAbsent(rows, n -> HEAD + String.join(",", Collections.nCopies(n, ROW)));
    }

    /**
     * Binds the rows to a statement of {@link #sql}{@code (rows.size())}. Values are set by their own type, so that
     * no per-value type lookup runs (a NULL id as BIGINT).
     */
    static void bind(PreparedStatement ps, List<NotificationRow> rows) throws SQLException {
        int i = 1;
        Instant formatted = null;
        String time = null;
        for (NotificationRow n : rows) {
            ps.setString(i++, n.notifyKey());
            ps.setString(i++, n.kind());
            ps.setString(i++, n.recipientOpenid());
            ps.setString(i++, n.workerCode());
            if (n.residentId() == null) {
                ps.setNull(i++, Types.BIGINT);
            } else {
                ps.setLong(i++, n.residentId());
            }
            ps.setString(i++, n.residentName());
            ps.setString(i++, n.eventNumber());
            ps.setString(i++, n.unitPath());
            ps.setString(i++, n.payload());
            ps.setString(i++, n.status());
            // A run's rows share one time: formatted once, not twice per row.
            if (!n.nextAttemptAt().equals(formatted)) {
                formatted = n.nextAttemptAt();
                time = format(formatted);
            }
            ps.setString(i++, time);
            ps.setString(i++, n.createdAt().equals(formatted) ? time : format(n.createdAt()));
        }
    }

    private static String format(Instant at) {
        return TIME.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }
}
