package cn.gridbot.app.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gridbot.app.support.FakeWeChat;
import cn.gridbot.app.support.FakeWeChat.Fault;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestClock;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.notify.Notification;
import cn.gridbot.notify.NotificationKind;
import cn.gridbot.notify.Outbox;
import cn.gridbot.notify.OutboxDispatcher;

/**
 * Delivery through the outbox when WeChat misbehaves (README "Failure behaviour"): each failure handled as specified,
 * nothing lost, nothing delivered twice — also with two dispatchers racing, and through an hour-long outage — and
 * each person's pushes in the order they were made while several people's go out at once.
 */
@IntegrationTest
class OutboxDeliveryIT {

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestCounty county;

    final FakeWeChat fake = FakeWeChat.instance();

    @BeforeEach
    void setUp() {
        county.load();
    }

    private void push(String key, String openid) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", "20261127-" + key);
        fields.put("category", "市政设施");
        fields.put("place", "幸福路网格海慧路12号紫薇苑3栋2单元门口的那个井盖边上");
        fields.put("deadline", "11月27日 14:30 前签收");
        outbox.enqueue(new Notification("TEST:" + key, NotificationKind.TASK_ASSIGNED, openid, "W101", null, null,
                null, "/TC/", fields, "新任务 " + key, clock.instant()));
    }

    private Map<String, Object> row(String key) {
        return jdbc.queryForMap("SELECT status, attempts, last_error, next_attempt_at FROM notification WHERE notify_key = ?",
                "TEST:" + key);
    }

    @Test
    void aTemplatePushCarriesWhatWeChatExpectsWithMappedFieldsOfAtMostTwentyCharacters() {
        push("0001", "o-w");
        dispatcher.deliverDue();
        assertThat(fake.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.body().path("touser").asString()).isEqualTo("o-w");
            assertThat(sent.body().path("template_id").asString()).isEqualTo("tpl-task-assigned");
            assertThat(sent.body().path("data").path("thing3").path("value").asString()).hasSizeLessThanOrEqualTo(20).endsWith("…");
            assertThat(sent.body().path("data").has("place")).isFalse();
        });
        assertThat(fake.problems()).isEmpty();
        assertThat(row("0001").get("status")).isEqualTo("SENT");
    }

    @Test
    void timeoutsHttpErrorsAndSystemBusyAreRetriedWithBackOff() {
        for (Fault fault : List.of(Fault.TIMEOUT, Fault.HTTP_500, Fault.BUSY_MINUS_1)) {
            fake.reset();
            String key = fault.name();
            push(key, "o-" + key);
            fake.failNext(fault);
            dispatcher.deliverDue();
            Map<String, Object> failed = row(key);
            assertThat(failed.get("status")).as(key).isEqualTo("PENDING");
            assertThat(failed.get("attempts")).as(key).isEqualTo(1);
            assertThat((String) failed.get("last_error")).as(key).isNotBlank();
            dispatcher.deliverDue();
            assertThat(fake.sent()).as(key + ": not before the back-off").isEmpty();
            clock.advance(Duration.ofSeconds(6));
            dispatcher.deliverDue();
            assertThat(row(key).get("status")).as(key).isEqualTo("SENT");
            assertThat(fake.sent()).as(key).hasSize(1);
        }
    }

    @Test
    void anInvalidTokenIsRefreshedAndThePushGoesThrough() {
        push("0002", "o-w");
        dispatcher.deliverDue();
        int tokensBefore = fake.tokenRequests();
        push("0003", "o-w");
        fake.failNext(Fault.TOKEN_40001);
        dispatcher.deliverDue();
        assertThat(row("0003").get("status")).isEqualTo("SENT");
        assertThat(fake.tokenRequests()).isEqualTo(tokensBefore + 1);
    }

    @Test
    void anUnsubscribedUserIsGivenUpAtOnce() {
        push("0004", "o-gone");
        fake.failNext(Fault.UNSUBSCRIBED_43004);
        dispatcher.deliverDue();
        Map<String, Object> row = row("0004");
        assertThat(row.get("status")).isEqualTo("FAILED");
        assertThat((String) row.get("last_error")).contains("43004");
        clock.advance(Duration.ofHours(1));
        dispatcher.deliverDue();
        assertThat(fake.sent()).isEmpty();
    }

    @Test
    void aUsedUpDailyQuotaWaitsForTomorrow() {
        push("0005", "o-w");
        fake.failNext(Fault.QUOTA_45009);
        dispatcher.deliverDue();
        Map<String, Object> row = row("0005");
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(((LocalDateTime) row.get("next_attempt_at")).toInstant(ZoneOffset.UTC))
                .isAfter(clock.instant().plus(Duration.ofMinutes(5)));
    }

    @Test
    void twoDispatchersRacingOverOneOutboxDeliverEachPushOnce() throws Exception {
        for (int i = 0; i < 60; i++) {
            push(String.format("%04d", 100 + i), "o-race-" + i);
        }
        assertThat(drainedByTwoAtOnce()).isEqualTo(60);
        Set<String> recipients = new HashSet<>();
        fake.sent().forEach(s -> assertThat(recipients.add(s.toUser())).as("sent twice: " + s.toUser()).isTrue());
        assertThat(recipients).hasSize(60);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE status = 'SENT'", Integer.class)).isEqualTo(60);
    }

    @Test
    void eachPersonsPushesArriveInTheOrderTheyWereMadeWhileOthersGoAlongside() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String key = String.format("%04d", 300 + i);
            push(key, "o-lane-" + i % 4);
            made.add("o-lane-" + i % 4 + " 20261127-" + key);
        }
        fake.slow(Duration.ofMillis(50));
        try {
            assertThat(drain()).isEqualTo(24);
        } finally {
            fake.slow(Duration.ZERO);
        }
        List<String> arrived = fake.sent().stream()
                .map(s -> s.toUser() + " " + s.body().path("data").path("number").path("value").asString()).toList();
        assertThat(arrived).containsExactlyInAnyOrderElementsOf(made);
        for (int r = 0; r < 4; r++) {
            String recipient = "o-lane-" + r;
            assertThat(arrived.stream().filter(a -> a.startsWith(recipient + " ")).toList()).as(recipient)
                    .containsExactlyElementsOf(made.stream().filter(m -> m.startsWith(recipient + " ")).toList());
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE status = 'SENT'", Integer.class)).isEqualTo(24);
    }

    @Test
    void twoDispatchersRacingOverFewRecipientsDeliverEachPushOnce() throws Exception {
        for (int i = 0; i < 60; i++) {
            push(String.format("%04d", 400 + i), "o-few-" + i % 6);
        }
        assertThat(drainedByTwoAtOnce()).isEqualTo(60);
        Set<String> numbers = new HashSet<>();
        fake.sent().forEach(s -> assertThat(numbers.add(s.body().path("data").path("number").path("value").asString()))
                .as("sent twice").isTrue());
        assertThat(numbers).hasSize(60);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE status = 'SENT' AND attempts = 1",
                Integer.class)).isEqualTo(60);
    }

    @Test
    void anHourLongOutageLosesNothingAndDeliversEachPushOnceWhenWeChatIsBack() {
        for (int i = 0; i < 5; i++) {
            push(String.format("%04d", 200 + i), "o-outage-" + i);
        }
        fake.down(true);
        Instant start = clock.instant();
        List<Integer> attempts = new ArrayList<>();
        while (clock.instant().isBefore(start.plus(Duration.ofHours(1)))) {
            dispatcher.deliverDue();
            clock.advance(Duration.ofMinutes(1));
        }
        attempts.add((Integer) row("0200").get("attempts"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE status = 'PENDING'", Integer.class)).isEqualTo(5);
        // 5 s doubling to a 10-minute cap: about 13 attempts in the hour, not hundreds.
        assertThat(attempts.get(0)).isBetween(8, 16);
        fake.down(false);
        clock.advance(Duration.ofMinutes(10));
        dispatcher.deliverDue();
        assertThat(fake.sent()).hasSize(5);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE status = 'SENT'", Integer.class)).isEqualTo(5);
        clock.advance(Duration.ofHours(1));
        dispatcher.deliverDue();
        assertThat(fake.sent()).hasSize(5);
    }

    /** Delivers until nothing is due; answers how many pushes this caller took. */
    private int drain() {
        int taken = 0;
        for (int n; (n = dispatcher.deliverDue()) > 0;) {
            taken += n;
        }
        return taken;
    }

    /** Two callers draining the outbox at once, as two dispatchers would; answers how many they took together. */
    private int drainedByTwoAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> drain = this::drain;
            List<Future<Integer>> runs = List.of(pool.submit(drain), pool.submit(drain));
            return runs.get(0).get() + runs.get(1).get();
        } finally {
            pool.shutdownNow();
        }
    }
}
