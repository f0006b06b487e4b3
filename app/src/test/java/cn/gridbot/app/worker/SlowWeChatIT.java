package cn.gridbot.app.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.test.context.TestPropertySource;

import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.FakeWeChat;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestClock;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.common.scheduling.Schedulers;
import cn.gridbot.notify.Notification;
import cn.gridbot.notify.NotificationKind;
import cn.gridbot.notify.Outbox;
import cn.gridbot.notify.OutboxDispatcher;
import cn.gridbot.wechat.WeChatProperties;

/**
 * A slow WeChat (2.5 s per send) with a short claim lease (10 s) and two dispatchers racing: every push is
 * sent exactly once; a row nobody can read is given up with its reason and holds up nothing; and a busy
 * outbox or a long daily run does not delay the deadline watch, which has threads of its own.
 */
@IntegrationTest
@TestPropertySource(properties = { "gridbot.outbox.lease=PT10S", "gridbot.wechat.timeout=PT4S",
        "gridbot.deadlines.watch-interval=PT1S" })
class SlowWeChatIT {

    @Autowired
    Clients clients;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    TestCounty county;
    @Autowired
    WeChatProperties wechat;
    @Autowired
    @Qualifier(Schedulers.DELIVERY)
    ThreadPoolTaskScheduler delivery;
    @Autowired
    @Qualifier(Schedulers.DAILY)
    ThreadPoolTaskScheduler daily;

    final FakeWeChat fake = FakeWeChat.instance();

    @BeforeEach
    void setUp() {
        county.load();
    }

    @AfterEach
    void fastAgain() {
        fake.slow(Duration.ZERO);
    }

    @Test
    void twoDispatchersSendEveryPushExactlyOnceThroughASlowWeChat() throws Exception {
        for (int i = 0; i < 10; i++) {
            push("SLOW" + i, "o-slow-" + i);
        }
        fake.slow(Duration.ofMillis(2500));
        ExecutorService dispatchers = Executors.newFixedThreadPool(2);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        List<Future<?>> running = new ArrayList<>();
        for (int d = 0; d < 2; d++) {
            running.add(dispatchers.submit(() -> {
                while (sentRows() < 10 && System.nanoTime() < deadline) {
                    if (dispatcher.deliverDue() == 0) {
                        pause(200);
                    }
                }
            }));
        }
        for (Future<?> f : running) {
            f.get(3, TimeUnit.MINUTES);
        }
        dispatchers.shutdown();
        assertThat(sentRows()).isEqualTo(10);
        assertThat(fake.sent()).hasSize(10);
        assertThat(fake.sent().stream().map(FakeWeChat.Sent::toUser).distinct()).hasSize(10);
        assertThat(jdbc.queryForList("SELECT attempts FROM notification WHERE notify_key LIKE 'TEST:SLOW%'", Integer.class))
                .containsOnly(1);
    }

    @Test
    void aRowThatCannotBeReadIsGivenUpWithItsReasonAndTheOthersGoOut() {
        push("GOOD1", "o-good-1");
        insertRaw("POISON-JSON", "TASK_ASSIGNED", "{not json");
        insertRaw("POISON-KIND", "NO_SUCH_KIND", "{\"fields\":{},\"text\":\"x\"}");
        push("GOOD2", "o-good-2");
        dispatcher.deliverDue();
        assertThat(status("TEST:GOOD1")).isEqualTo("SENT");
        assertThat(status("TEST:GOOD2")).isEqualTo("SENT");
        for (String poison : List.of("TEST:POISON-JSON", "TEST:POISON-KIND")) {
            Map<String, Object> row = jdbc.queryForMap("SELECT status, last_error FROM notification WHERE notify_key = ?", poison);
            assertThat(row.get("status")).as(poison).isEqualTo("FAILED");
            assertThat((String) row.get("last_error")).as(poison).startsWith("unreadable");
        }
        assertThat(dispatcher.deliverDue()).as("nothing due any more").isZero();
    }

    @Test
    void theDeadlineWatchRunsWhileTheDeliveryAndDailyThreadsAreAllBusy() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Runnable busy = () -> {
            try {
                release.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        try {
            for (int i = 0; i < delivery.getPoolSize(); i++) {
                delivery.execute(busy);
            }
            daily.execute(busy);
            WeChatClient client = clients.wechat();
            String reply = client.postEncrypted(WeChatClient.textXml("o-fallen", "快来人 幸福路有个老人倒在地上喊不醒",
                    WeChatClient.nextMsgId(), WeChatClient.now())).content();
            String number = WeChatClient.eventNumberIn(reply);
            clock.advance(Duration.ofMinutes(16));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (signOverdue(number) == 0 && System.nanoTime() < until) {
                pause(200);
            }
            assertThat(signOverdue(number)).as("the emergency's late sign-for is chased at once").isEqualTo(1);
        } finally {
            release.countDown();
        }
    }

    private int signOverdue(String number) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE kind = 'SIGN_OVERDUE' AND event_number = ?",
                Integer.class, number);
        return n == null ? 0 : n;
    }

    private void push(String key, String openid) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", "20261127-" + key);
        fields.put("category", "市政设施");
        outbox.enqueue(new Notification("TEST:" + key, NotificationKind.TASK_ASSIGNED, openid, "W101", null, null, null,
                "/TC/", fields, "新任务 " + key, clock.instant()));
    }

    private void insertRaw(String key, String kind, String payload) {
        jdbc.update("INSERT INTO notification (notify_key, kind, recipient_openid, payload, status, attempts, next_attempt_at, "
                + "created_at) VALUES (?, ?, 'o-poison', ?, 'PENDING', 0, ?, ?)", "TEST:" + key, kind, payload,
                java.sql.Timestamp.from(clock.instant().minusSeconds(1)), java.sql.Timestamp.from(clock.instant()));
    }

    private String status(String key) {
        return jdbc.queryForObject("SELECT status FROM notification WHERE notify_key = ?", String.class, key);
    }

    private int sentRows() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE notify_key LIKE 'TEST:SLOW%' AND status = 'SENT'",
                Integer.class);
        return n == null ? 0 : n;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
