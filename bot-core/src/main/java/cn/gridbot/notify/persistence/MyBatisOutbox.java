package cn.gridbot.notify.persistence;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;
import cn.gridbot.common.persistence.WriteBehind;
import cn.gridbot.notify.Notification;
import cn.gridbot.notify.NotificationKind;
import cn.gridbot.notify.NotificationQuery;
import cn.gridbot.notify.NotificationView;
import cn.gridbot.notify.Notifications;
import cn.gridbot.notify.NotificationStatus;
import cn.gridbot.notify.Outbox;
import cn.gridbot.notify.OutboxStream;
import cn.gridbot.notify.OutboxQueue;
import cn.gridbot.notify.OutboxQueue.Due;
import cn.gridbot.notify.Push;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The outbox table: {@code INSERT IGNORE} on the unique notification key, claims by conditional update. */
@Repository
class MyBatisOutbox implements Outbox, OutboxQueue, Notifications {

    private static final Logger log = LoggerFactory.getLogger(MyBatisOutbox.class);
    private static final int MAX_ERROR = 500;
    private static final int BATCH = 500;
    private static final int DEADLOCK_RETRIES = 5;

    private final NotificationMapper mapper;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    MyBatisOutbox(NotificationMapper mapper, JdbcTemplate jdbc, ObjectMapper json) {
        this.mapper = mapper;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public boolean enqueue(Notification n) {
        return mapper.insertIgnore(row(n), n.createdAt()) > 0;
    }

    @Override
    public void enqueueWithCommit(Notification notification) {
        NotificationRow row = row(notification);
        WriteBehind.add(Rows.class, () -> new Rows(this), rows -> rows.add(row));
    }

    @Override
    public int enqueueAll(List<Notification> notifications) {
        return insertRows(notifications.stream().map(this::row).collect(Collectors.toCollection(ArrayList::new)));
    }

    @Override
    public OutboxStream stream() {
        return new ChunkedStream(this);
    }

    /**
     * Two runs inserting the same keys at once can deadlock on the unique index; the loser tries again.
     * The statement is the mapper's INSERT IGNORE written out once per chunk size: MyBatis's
     * {@code <foreach>} expansion cost more than MariaDB's insert itself at a million-resident scale.
     */
    private int insertRows(List<NotificationRow> rows) {
        rows.sort(Comparator.comparing(NotificationRow::notifyKey));
        int inserted = 0;
        for (int from = 0; from < rows.size(); from += BATCH) {
            inserted += insertWithRetry(rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
        return inserted;
    }

    private int insertWithRetry(List<NotificationRow> chunk) {
        for (int attempt = 1; ; attempt++) {
            try {
                Integer inserted = jdbc.execute((ConnectionCallback<Integer>) connection -> {
                    try (PreparedStatement ps = connection.prepareStatement(BulkInsert.sql(chunk.size()))) {
                        BulkInsert.bind(ps, chunk);
                        return ps.executeUpdate();
                    }
                });
                return inserted == null ? 0 : inserted;
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= DEADLOCK_RETRIES) {
                    throw e;
                }
                try {
                    Thread.sleep(20L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private NotificationRow row(Notification n) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("fields", n.fields());
        payload.put("text", n.text());
        NotificationStatus status = n.recipientOpenid() == null ? NotificationStatus.NO_RECIPIENT : NotificationStatus.PENDING;
        return new NotificationRow(null, n.key(), n.kind().name(), n.recipientOpenid(), n.workerCode(),
                n.residentId(), n.residentName(), n.eventNumber(), n.unitPath(), json.writeValueAsString(payload),
                status.name(), 0, n.createdAt(), null, n.createdAt(), null);
    }

    @Override
    public List<Due> due(Instant now, int limit) {
        return mapper.selectDue(now, limit).stream().map(row -> new Due(row.id(), row.recipientOpenid())).toList();
    }

    @Override
    public Optional<Push> claim(long id, String token, Instant now, Instant leaseUntil) {
        if (mapper.claim(id, token, now, leaseUntil) != 1) {
            return Optional.empty();
        }
        ClaimedRow row = mapper.selectClaimed(id, token);
        if (row == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(toPush(row));
        } catch (RuntimeException unreadable) {
            // The parser's message may quote the push (a resident's words, an openid), and the last error is shown
            // on the notifications list: the log and the row get its class only.
            log.warn("Push {} cannot be read and is given up ({})", id, unreadable.getClass().getSimpleName());
            mapper.markFailed(id, token, 0, "unreadable: " + unreadable.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public boolean sent(long id, String token, String channel, Instant at) {
        return mapper.markSent(id, token, channel, at) == 1;
    }

    @Override
    public boolean retry(long id, String token, int attempts, Instant nextAttemptAt, String error) {
        return mapper.markRetry(id, token, attempts, nextAttemptAt, clip(error)) == 1;
    }

    @Override
    public boolean failed(long id, String token, int attempts, String error) {
        return mapper.markFailed(id, token, attempts, clip(error)) == 1;
    }

    @Override
    public Page<NotificationView> search(NotificationQuery query, PageRequest page) {
        List<NotificationView> items = mapper.search(query, page.size(), page.offset()).stream()
                .map(r -> new NotificationView(r.id(), r.kind(), r.recipientOpenid(), r.workerCode(), r.residentId(),
                        r.residentName(), r.eventNumber(), r.status(), r.channel(), r.attempts(), r.lastError(),
                        r.nextAttemptAt(), r.createdAt(), r.sentAt(), json.readTree(r.payload()).path("text").asString("")))
                .toList();
        return new Page<>(items, page.page(), page.size(), mapper.count(query));
    }

    private Push toPush(ClaimedRow row) {
        JsonNode payload = json.readTree(row.payload());
        Map<String, String> fields = json.convertValue(payload.path("fields"), new TypeReference<LinkedHashMap<String, String>>() {
        });
        return new Push(row.id(), NotificationKind.valueOf(row.kind()), row.recipientOpenid(), row.eventNumber(),
                fields == null ? Map.of() : fields, payload.path("text").asString(""), row.attempts(), row.createdAt(),
                row.lastHeardAt());
    }

    private static String clip(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }

    /**
     * A stream's notifications in chunks of {@link #BATCH} of one kind, each written by {@link #insertRows} (key
     * order, deadlock retries) on {@link #WRITERS} threads of the stream's own while the caller makes the next ones:
     * the reminder run's reads and wording overlap the database's inserts, and one chunk's insert overlaps the next
     * one's encoding (the database's work, not GridBot's, bounds a large run: two writers let it use a second core).
     * A stream's chunks hold distinct keys (the caller drops repeats), so its writers seldom wait for each other; a
     * deadlock between them is retried like one with another instance's run. At most {@link #WAITING} chunks wait.
     */
    private static final class ChunkedStream implements OutboxStream {

        private static final int WRITERS = 2;
        private static final int WAITING = WRITERS + 2;

        private final MyBatisOutbox outbox;
        private final ExecutorService writer = Executors.newFixedThreadPool(WRITERS, task -> {
            Thread thread = new Thread(task, "gridbot-outbox-writer");
            thread.setDaemon(true);
            return thread;
        });
        private final Semaphore room = new Semaphore(WAITING);
        private final Map<NotificationKind, Integer> created = new ConcurrentHashMap<>();
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        private List<Notification> chunk = new ArrayList<>(BATCH);

        ChunkedStream(MyBatisOutbox outbox) {
            this.outbox = outbox;
        }

        @Override
        public void add(Notification notification) {
            throwIfFailed();
            if (chunk.size() >= BATCH || !chunk.isEmpty() && chunk.get(0).kind() != notification.kind()) {
                submit();
            }
            chunk.add(notification);
        }

        private void submit() {
            if (chunk.isEmpty()) {
                return;
            }
            List<Notification> ready = chunk;
            chunk = new ArrayList<>(BATCH);
            try {
                room.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the outbox writer was behind", e);
            }
            writer.execute(() -> {
                try {
                    if (failure.get() == null) {
                        int inserted = outbox.insertRows(ready.stream().map(outbox::row).collect(Collectors.toCollection(ArrayList::new)));
                        created.merge(ready.get(0).kind(), inserted, Integer::sum);
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    room.release();
                }
            });
        }

        @Override
        public Map<NotificationKind, Integer> finish() {
            submit();
            writer.shutdown();
            try {
                while (!writer.awaitTermination(1, TimeUnit.MINUTES)) {
                    log.info("Still writing notifications to the outbox");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the outbox writer", e);
            }
            throwIfFailed();
            Map<NotificationKind, Integer> counts = new EnumMap<>(NotificationKind.class);
            counts.putAll(created);
            return counts;
        }

        private void throwIfFailed() {
            RuntimeException e = failure.get();
            if (e != null) {
                throw e;
            }
        }

        @Override
        public void close() {
            chunk = new ArrayList<>();
            writer.shutdownNow();
        }
    }

    /** A transaction's pushes, inserted together (in key order) just before it commits. */
    private static final class Rows implements WriteBehind.Pending {

        private final MyBatisOutbox outbox;
        private final List<NotificationRow> rows = new ArrayList<>();

        Rows(MyBatisOutbox outbox) {
            this.outbox = outbox;
        }

        void add(NotificationRow row) {
            rows.add(row);
        }

        @Override
        public void write() {
            outbox.insertRows(rows);
        }

        @Override
        public int order() {
            return 20;
        }
    }
}
