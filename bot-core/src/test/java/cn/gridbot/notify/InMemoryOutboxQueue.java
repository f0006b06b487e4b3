package cn.gridbot.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The dispatcher's queue in memory with the database's rules (notify/persistence/MyBatisOutbox): due oldest first, a
 * claim succeeds for one token only and moves the push's next attempt to the end of the lease, and every outcome is
 * fenced by the claim's token. Records the most claims that were held at once.
 */
final class InMemoryOutboxQueue implements OutboxQueue {

    private static final class Row {
        final long id;
        final String recipient;
        final Instant createdAt;
        String status = "PENDING";
        String token;
        Instant next;
        int attempts;

        Row(long id, String recipient, Instant createdAt) {
            this.id = id;
            this.recipient = recipient;
            this.createdAt = createdAt;
            this.next = createdAt;
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private int mostClaimedAtOnce;

    /** Adds a pending push to {@code recipient}, made at {@code at}; answers its id. */
    synchronized long add(String recipient, Instant at) {
        Row row = new Row(rows.size() + 1, recipient, at);
        rows.add(row);
        return row.id;
    }

    synchronized String status(long id) {
        return row(id).status;
    }

    synchronized int claimed() {
        return (int) rows.stream().filter(r -> r.status.equals("SENDING")).count();
    }

    synchronized int mostClaimedAtOnce() {
        return mostClaimedAtOnce;
    }

    @Override
    public synchronized List<Due> due(Instant now, int limit) {
        return rows.stream().filter(r -> waiting(r) && !r.next.isAfter(now))
                .sorted(Comparator.comparing((Row r) -> r.next).thenComparingLong(r -> r.id)).limit(limit)
                .map(r -> new Due(r.id, r.recipient)).toList();
    }

    @Override
    public synchronized Optional<Push> claim(long id, String token, Instant now, Instant leaseUntil) {
        Row row = row(id);
        if (!waiting(row) || row.next.isAfter(now)) {
            return Optional.empty();
        }
        row.status = "SENDING";
        row.token = token;
        row.next = leaseUntil;
        mostClaimedAtOnce = Math.max(mostClaimedAtOnce, claimed());
        return Optional.of(new Push(id, NotificationKind.TASK_ASSIGNED, row.recipient, null, Map.of(), "task " + id,
                row.attempts, row.createdAt, null));
    }

    @Override
    public synchronized boolean sent(long id, String token, String channel, Instant at) {
        return finish(id, token, "SENT", row(id).attempts + 1, row(id).next);
    }

    @Override
    public synchronized boolean retry(long id, String token, int attempts, Instant nextAttemptAt, String error) {
        return finish(id, token, "PENDING", attempts, nextAttemptAt);
    }

    @Override
    public synchronized boolean failed(long id, String token, int attempts, String error) {
        return finish(id, token, "FAILED", attempts, row(id).next);
    }

    private boolean finish(long id, String token, String status, int attempts, Instant next) {
        Row row = row(id);
        if (!row.status.equals("SENDING") || !Objects.equals(row.token, token)) {
            return false;
        }
        row.status = status;
        row.token = null;
        row.attempts = attempts;
        row.next = next;
        return true;
    }

    private static boolean waiting(Row row) {
        return row.status.equals("PENDING") || row.status.equals("SENDING");
    }

    private Row row(long id) {
        return rows.get((int) id - 1);
    }
}
