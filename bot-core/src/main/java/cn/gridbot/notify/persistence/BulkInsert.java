package cn.gridbot.notify.persistence;

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
    private static final int COLUMNS = 12;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final Map<Integer, String> STATEMENTS = new ConcurrentHashMap<>();

    private BulkInsert() {
    }

    static String sql(int rows) {
        return STATEMENTS.computeIfAbsent(rows, n -> HEAD + String.join(",", Collections.nCopies(n, ROW)));
    }

    static Object[] arguments(List<NotificationRow> rows) {
        Object[] args = new Object[rows.size() * COLUMNS];
        int i = 0;
        for (NotificationRow n : rows) {
            args[i++] = n.notifyKey();
            args[i++] = n.kind();
            args[i++] = n.recipientOpenid();
            args[i++] = n.workerCode();
            args[i++] = n.residentId();
            args[i++] = n.residentName();
            args[i++] = n.eventNumber();
            args[i++] = n.unitPath();
            args[i++] = n.payload();
            args[i++] = n.status();
            args[i++] = TIME.format(LocalDateTime.ofInstant(n.nextAttemptAt(), ZoneOffset.UTC));
            args[i++] = TIME.format(LocalDateTime.ofInstant(n.createdAt(), ZoneOffset.UTC));
        }
        return args;
    }
}
