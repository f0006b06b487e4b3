package cn.gridbot.app.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.TestState;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.common.GroupCommit;
import cn.gridbot.common.persistence.WriteBehind;
import cn.gridbot.conversation.InboundGateway;
import cn.gridbot.gridevent.Actor;
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.gridevent.TimelineEntry;

/**
 * README "Throughput": concurrent messages share transactions, each answered only once its writes are committed,
 * and a message that fails in a shared transaction fails alone.
 */
@IntegrationTest
class GroupCommitIT {

    /** A budget no busy test machine reaches: here every complaint must be answered from its commit, not the spool. */
    @DynamicPropertySource
    static void patientReplies(DynamicPropertyRegistry registry) {
        registry.add("gridbot.intake.reply-budget", () -> "PT30S");
    }

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    InboundGateway gateway;
    @Autowired
    Clients clients;
    @Autowired
    TestState state;
    @Autowired
    TestCounty county;
    @Autowired
    GridEvents events;

    ExecutorService callers = Executors.newFixedThreadPool(48);

    @BeforeEach
    void setUp() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS group_commit_probe (id INT PRIMARY KEY, written VARCHAR(10) NOT NULL)");
        jdbc.execute("DELETE FROM group_commit_probe");
    }

    @AfterEach
    void tearDown() {
        callers.shutdownNow();
        jdbc.execute("DROP TABLE IF EXISTS group_commit_probe");
    }

    @Test
    void worksWaitingTogetherShareOneTransactionAndTheirWritesAreMerged() throws Exception {
        try (GroupCommit commits = new GroupCommit("probe", transactions, 1, 64, e -> false)) {
            CountDownLatch release = new CountDownLatch(1);
            Future<Integer> first = holdWriter(commits, release);
            List<Future<Integer>> waiting = new ArrayList<>();
            for (int i = 1; i <= 20; i++) {
                int id = i;
                waiting.add(callers.submit(() -> commits.execute(status -> insertAtCommit(id))));
            }
            awaitWaiting(commits, 20);
            assertThat(rows()).as("nothing is visible before the commit").isEmpty();
            release.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isZero();
            for (int i = 0; i < 20; i++) {
                assertThat(waiting.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i + 1);
            }
            assertThat(commits.transactions()).as("the first alone, the twenty waiting together").isEqualTo(2);
            assertThat(rows()).hasSize(21);
        }
    }

    @Test
    void aWorkThatFailsInABatchFailsAloneAndTheOthersAreCommitted() throws Exception {
        try (GroupCommit commits = new GroupCommit("probe", transactions, 1, 64, e -> false)) {
            CountDownLatch release = new CountDownLatch(1);
            Future<Integer> first = holdWriter(commits, release);
            List<Future<Integer>> waiting = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                int id = i;
                TransactionCallback<Integer> work = id == 4 ? status -> {
                    insertNow(id);
                    throw new IllegalStateException("a bad message");
                } : id == 7 ? status -> {
                    insertNow(id);
                    status.setRollbackOnly();
                    return id;
                } : status -> insertAtCommit(id);
                waiting.add(callers.submit(() -> commits.execute(work)));
            }
            awaitWaiting(commits, 10);
            release.countDown();

            first.get(10, TimeUnit.SECONDS);
            for (int i = 1; i <= 10; i++) {
                Future<Integer> answer = waiting.get(i - 1);
                if (i == 4) {
                    assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("a bad message");
                } else {
                    assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(i);
                }
            }
            assertThat(rows()).as("the failed work's row and the rolled-back one's are not there; the rest are")
                    .containsExactly(0, 1, 2, 3, 5, 6, 8, 9, 10);
            assertThat(commits.transactions()).as("the batch rolled back, then each alone").isEqualTo(1 + 1 + 10);
        }
    }

    @Test
    void aKeyWrittenTwiceAtCommitFailsTheSecondWorkOnly() throws Exception {
        try (GroupCommit commits = new GroupCommit("probe", transactions, 1, 64, e -> false)) {
            CountDownLatch release = new CountDownLatch(1);
            Future<Integer> first = holdWriter(commits, release);
            Future<Integer> one = callers.submit(() -> commits.execute(status -> insertAtCommit(5)));
            awaitWaiting(commits, 1);
            Future<Integer> again = callers.submit(() -> commits.execute(status -> insertAtCommit(5)));
            awaitWaiting(commits, 2);
            release.countDown();

            first.get(10, TimeUnit.SECONDS);
            assertThat(one.get(10, TimeUnit.SECONDS)).isEqualTo(5);
            assertThatThrownBy(() -> again.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(DuplicateKeyException.class);
            assertThat(rows()).containsExactly(0, 5);
        }
    }

    @Test
    void whenTheDatabaseIsAwayEveryWorkOfTheBatchIsToldAtOnce() throws Exception {
        try (GroupCommit commits = new GroupCommit("probe", transactions, 1, 64, e -> e instanceof IllegalStateException)) {
            CountDownLatch release = new CountDownLatch(1);
            Future<Integer> first = holdWriter(commits, release);
            List<Future<Integer>> waiting = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                int id = i;
                waiting.add(callers.submit(() -> commits.execute(status -> {
                    insertNow(id);
                    if (id == 2) {
                        throw new IllegalStateException("connection refused");
                    }
                    return id;
                })));
            }
            awaitWaiting(commits, 5);
            release.countDown();

            first.get(10, TimeUnit.SECONDS);
            for (Future<Integer> answer : waiting) {
                assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
            }
            assertThat(commits.transactions()).as("no work is tried again alone against a database that is away").isEqualTo(2);
            assertThat(rows()).containsExactly(0);
        }
    }

    /**
     * Through the portal: complaints arriving while every writer is held up (the id-block rows locked by another
     * transaction) are written together once it lets go, and each still becomes one event, counted once.
     */
    @Test
    void complaintsArrivingTogetherAreWrittenTogetherAndEachBecomesOneEvent() throws Exception {
        county.load();
        WeChatClient client = clients.wechat();
        client.text("o-gc-warm", "幸福路路灯坏了");
        GroupCommit commits = gateway.commits();
        long transactionsBefore = commits.transactions();
        int complaints = 40;
        List<Future<String>> replies = new ArrayList<>();
        try (Connection holder = dataSource.getConnection(); Statement lock = holder.createStatement()) {
            holder.setAutoCommit(false);
            lock.executeQuery("SELECT block FROM event_id_block FOR UPDATE").close();
            for (int i = 0; i < complaints; i++) {
                String openid = "o-gc-" + i;
                replies.add(callers.submit(() -> client.text(openid, "建设路" + openid + "门口垃圾没人收").content()));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (commits.inFlight() < complaints && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            holder.rollback();
        }
        Set<String> numbers = new TreeSet<>();
        for (Future<String> reply : replies) {
            String text = reply.get(40, TimeUnit.SECONDS);
            assertThat(text).contains("事件编号");
            numbers.add(WeChatClient.eventNumberIn(text));
        }
        assertThat(numbers).hasSize(complaints);
        assertThat(state.count("grid_event")).isEqualTo(complaints + 1);
        assertThat(state.count("inbound_message")).isEqualTo(complaints + 1);
        assertThat(jdbc.queryForObject("SELECT SUM(events) FROM event_id_block", Long.class)).isEqualTo(complaints + 1);
        assertThat(jdbc.queryForObject("SELECT SUM(events) FROM event_unit_count", Long.class)).isEqualTo(complaints + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT event_id) FROM event_timeline", Long.class))
                .as("every event's timeline written with its batch").isEqualTo(complaints + 1);
        assertThat(jdbc.queryForObject("SELECT SUM(received) FROM event_stats WHERE level = 'G'", Long.class))
                .isEqualTo(complaints + 1);
        long used = commits.transactions() - transactionsBefore;
        assertThat(used).as("forty complaints written in a few shared transactions").isLessThanOrEqualTo(complaints / 4);
    }

    /** Timeline entries are written with the commit, all of it in one statement; a read in the transaction sees them. */
    @Test
    void aTimelineReadInTheTransactionSeesTheEntriesWrittenWithTheCommit() {
        county.load();
        String number = WeChatClient.eventNumberIn(clients.wechat().text("o-gc-timeline", "建设路垃圾没人收").content());
        int before = events.findByNumber(number).orElseThrow().timeline().size();
        assertThat(before).isPositive();
        assertThat(timelineRows(number)).isEqualTo(before);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            GridEvent event = events.findByNumber(number).orElseThrow();
            event.cancel(Actor.RESIDENT, "不用了", event.updatedAt().plusSeconds(60));
            events.update(event);
            assertThat(timelineRows(number)).as("held for the commit").isEqualTo(before);
            List<TimelineEntry> seen = events.findByNumber(number).orElseThrow().timeline();
            assertThat(seen).hasSize(before + 1);
            assertThat(seen.get(before).to()).isEqualTo(EventStatus.CANCELLED);
        });
        assertThat(timelineRows(number)).isEqualTo(before + 1);
        assertThat(events.findByNumber(number).orElseThrow().timeline()).hasSize(before + 1);
    }

    private int timelineRows(String number) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM event_timeline t JOIN grid_event e ON e.id = t.event_id"
                + " WHERE e.number = ?", Integer.class, number);
    }

    /** A work that keeps the only writer busy, alone in its transaction, until released. */
    private Future<Integer> holdWriter(GroupCommit commits, CountDownLatch release) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Future<Integer> held = callers.submit(() -> commits.execute(status -> {
            started.countDown();
            await(release);
            return insertNow(0);
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        return held;
    }

    private int insertNow(int id) {
        jdbc.update("INSERT INTO group_commit_probe (id, written) VALUES (?, 'now')", id);
        return id;
    }

    private int insertAtCommit(int id) {
        WriteBehind.add(ProbeRows.class, () -> new ProbeRows(jdbc), rows -> rows.ids.add(id));
        return id;
    }

    private List<Integer> rows() {
        return jdbc.queryForList("SELECT id FROM group_commit_probe ORDER BY id", Integer.class);
    }

    private static void awaitWaiting(GroupCommit commits, int works) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (commits.waiting() < works) {
            assertThat(System.nanoTime()).as("%d works waiting", works).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Probe rows written with the commit, all of a transaction's in one statement. */
    private static final class ProbeRows implements WriteBehind.Pending {

        final JdbcTemplate jdbc;
        final List<Integer> ids = new ArrayList<>();

        ProbeRows(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void write() {
            String values = String.join(",", ids.stream().map(id -> "(" + id + ", 'commit')").toList());
            jdbc.update("INSERT INTO group_commit_probe (id, written) VALUES " + values);
        }

        @Override
        public int order() {
            return 0;
        }
    }
}
