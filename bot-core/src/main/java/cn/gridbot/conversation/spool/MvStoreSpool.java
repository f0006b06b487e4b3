package cn.gridbot.conversation.spool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import cn.gridbot.conversation.InboundMessage;
import cn.gridbot.conversation.MessageSpool;
import tools.jackson.databind.ObjectMapper;

/**
 * The spool as an H2 MVStore file ({@code spool.mv.db}): H2's transactional, crash-safe store, which the
 * embedded mode ships anyway. Two maps, pending and parked, keyed by arrival number; each change is
 * committed and forced to disk before the call returns. A third keeps the last number given, so that numbers are
 * never given twice, even after the spool has emptied and the instance restarted: the log's "parked as 7" and
 * {@code POST /api/v1/spool/parked/7/retry} always mean the one message. (A spool file written before that map
 * existed goes on from its highest key; if it had emptied, its old numbers are not known.) The file is locked while
 * the instance runs, so two instances cannot share a spool folder.
 */
@Component
class MvStoreSpool implements MessageSpool, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MvStoreSpool.class);
    private static final String LAST_GIVEN = "lastGiven";

    /** What one entry holds on disk. */
    record Stored(InboundMessage message, Instant receivedAt, int attempts, String lastError) {
    }

    private final ObjectMapper json;
    private final MVStore store;
    private final MVMap<Long, String> pending;
    private final MVMap<Long, String> parked;
    private final MVMap<String, Long> numbers;
    private final Map<String, Integer> waitingBySender = new ConcurrentHashMap<>();
    /** The place of each waiting message by its dedup key, so that a retry of it is not appended twice. */
    private final Map<String, Long> waitingByKey = new ConcurrentHashMap<>();
    private long next;

    MvStoreSpool(SpoolSettings settings, ObjectMapper json) {
        this.json = json;
        Path file = settings.dir().resolve("spool.mv.db");
        try {
            Files.createDirectories(settings.dir());
            this.store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the spool folder " + settings.dir(), e);
        } catch (MVStoreException e) {
            throw new IllegalStateException("Cannot open the spool " + file + " (is another instance using this "
                    + "gridbot.spool.dir? each instance needs its own)", e);
        }
        this.pending = store.openMap("pending");
        this.parked = store.openMap("parked");
        this.numbers = store.openMap("numbers");
        // A spool written before the numbers map existed has only its keys to go by.
        long lastKey = Math.max(orZero(pending.lastKey()), orZero(parked.lastKey()));
        this.next = Math.max(orZero(numbers.get(LAST_GIVEN)), lastKey) + 1;
        // Maps opened for the first time are committed at once: a rollback (retryAll) closes maps created since the
        // last commit, and this instance would then fail every append until it restarts.
        if (store.hasUnsavedChanges()) {
            durable();
        }
        pending.forEach((seq, value) -> waiting(seq, read(value).message()));
        if (!pending.isEmpty() || !parked.isEmpty()) {
            log.info("Spool {}: {} messages waiting to be replayed, {} parked", settings.dir(), pending.size(), parked.size());
        }
    }

    @Override
    public synchronized long append(InboundMessage message, Instant receivedAt) {
        Long waiting = waitingByKey.get(message.dedupKey());
        if (waiting != null) {
            return waiting;
        }
        long seq = next++;
        pending.put(seq, write(new Stored(message, receivedAt, 0, null)));
        numbers.put(LAST_GIVEN, seq);
        durable();
        waiting(seq, message);
        return seq;
    }

    @Override
    public List<Entry> pending(int limit) {
        return entries(pending, limit);
    }

    @Override
    public boolean hasPending(String openid) {
        return waitingBySender.containsKey(openid);
    }

    @Override
    public synchronized void done(long seq) {
        String value = pending.remove(seq);
        if (value != null) {
            durable();
            notWaiting(read(value).message());
        }
    }

    @Override
    public synchronized boolean failed(long seq, String error, int maxAttempts) {
        String value = pending.get(seq);
        if (value == null) {
            return false;
        }
        Stored stored = read(value);
        Stored tried = new Stored(stored.message(), stored.receivedAt(), stored.attempts() + 1, error);
        boolean park = tried.attempts() >= maxAttempts;
        if (park) {
            pending.remove(seq);
            parked.put(seq, write(tried));
            notWaiting(stored.message());
        } else {
            pending.put(seq, write(tried));
        }
        durable();
        return park;
    }

    @Override
    public List<Entry> parked(int limit) {
        return entries(parked, limit);
    }

    @Override
    public synchronized boolean retry(long seq) {
        return retryAll(parked.containsKey(seq) ? List.of(seq) : List.of()) == 1;
    }

    @Override
    public synchronized int retryParked() {
        return retryAll(new ArrayList<>(parked.keySet()));
    }

    /**
     * Every entry is read before any is moved, and the moves are committed together or rolled back: an entry that cannot
     * be read (written by an older version, say) leaves every parked entry where it was.
     */
    private int retryAll(List<Long> seqs) {
        Map<Long, Stored> back = new LinkedHashMap<>();
        for (long seq : seqs) {
            Stored stored = read(parked.get(seq));
            back.put(seq, new Stored(stored.message(), stored.receivedAt(), 0, stored.lastError()));
        }
        if (back.isEmpty()) {
            return 0;
        }
        try {
            back.forEach((seq, stored) -> {
                parked.remove(seq);
                pending.put(seq, write(stored));
            });
            durable();
        } catch (RuntimeException e) {
            store.rollback();
            throw e;
        }
        back.forEach((seq, stored) -> waiting(seq, stored.message()));
        return back.size();
    }

    @Override
    public int pendingCount() {
        return pending.size();
    }

    @Override
    public int parkedCount() {
        return parked.size();
    }

    @Override
    public synchronized void destroy() {
        store.close();
    }

    private List<Entry> entries(MVMap<Long, String> map, int limit) {
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<Long, String> e : map.entrySet()) {
            if (entries.size() >= limit) {
                break;
            }
            Stored s = read(e.getValue());
            entries.add(new Entry(e.getKey(), s.message(), s.receivedAt(), s.attempts(), s.lastError()));
        }
        return entries;
    }

    private static long orZero(Long n) {
        return n == null ? 0 : n;
    }

    private void durable() {
        store.commit();
        store.sync();
    }

    private void waiting(long seq, InboundMessage message) {
        waitingByKey.put(message.dedupKey(), seq);
        countSender(message.openid(), 1);
    }

    private void notWaiting(InboundMessage message) {
        waitingByKey.remove(message.dedupKey());
        countSender(message.openid(), -1);
    }

    private void countSender(String openid, int delta) {
        waitingBySender.compute(openid, (k, n) -> {
            int count = (n == null ? 0 : n) + delta;
            return count <= 0 ? null : count;
        });
    }

    private String write(Stored stored) {
        return json.writeValueAsString(stored);
    }

    private Stored read(String value) {
        return json.readValue(value, Stored.class);
    }
}
