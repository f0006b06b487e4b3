package cn.gridbot.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.FakeWeChat;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.PrivateRedis;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.classify.Category;
import cn.gridbot.classify.Classification;
import cn.gridbot.common.RedisKeys;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridMatch;
import cn.gridbot.grid.MatchedBy;
import cn.gridbot.gridevent.Actor;
import cn.gridbot.gridevent.EventNumbers;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.gridevent.NewReport;
import cn.gridbot.gridevent.Source;
import cn.gridbot.notify.OutboxDispatcher;
import cn.gridbot.wechat.WeChatProperties;

/**
 * Redis is an accelerator only (README "Failure behaviour"): stopped mid-conversation, or frozen so that
 * it accepts connections and answers nothing, GridBot goes on with the database alone — the draft
 * complaint kept, duplicates caught, numbers handed out, worker commands, the admin API and the outbox
 * working — and uses Redis again within seconds of its return. A long transaction that takes many numbers (the demo
 * county's load) is not given a number twice when Redis stops halfway or its counter is behind the database.
 */
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RedisOutageIT {

    private static final PrivateRedis REDIS = PrivateRedis.running();
    private static final long BUDGET_MILLIS = 4500;
    private static final Logger log = LoggerFactory.getLogger(RedisOutageIT.class);

    @DynamicPropertySource
    static void privateRedis(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.port", REDIS::port);
        registry.add("spring.data.redis.database", () -> "0");
    }

    @Autowired
    Clients clients;
    @LocalServerPort
    int port;
    @Autowired
    WeChatProperties wechat;
    @Autowired
    TestCounty county;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    EventNumbers numbers;
    @Autowired
    GridEvents events;
    @Autowired
    GridCatalog catalog;
    @Autowired
    RedisKeys keys;
    @Autowired
    PlatformTransactionManager transactions;

    WeChatClient client;
    AdminClient admin;

    @BeforeEach
    void setUp() {
        county.load();
        client = clients.wechat();
        admin = clients.api();
    }

    @AfterEach
    void redisBack() {
        REDIS.resume();
        REDIS.start();
    }

    @Test
    void aConversationGoesOnWhileRedisIsStoppedAndRedisIsUsedAgainWhenItReturns() throws Exception {
        String asked = timed(() -> client.postEncrypted(text("o-redis-down", "路灯坏了好几天了")).content());
        assertThat(asked).contains("什么地方");

        REDIS.stop();
        String xml = text("o-redis-down", "幸福路12号");
        long[] millis = new long[1];
        String created = timed(() -> client.postEncrypted(xml).content(), millis);
        assertThat(created).as("the draft was kept in the database").contains("事件编号").contains("幸福路网格");
        assertThat(millis[0]).isLessThan(BUDGET_MILLIS);
        assertThat(client.postEncrypted(xml).content()).as("WeChat's retry, answered from the message log").isEqualTo(created);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grid_event WHERE reporter_openid = 'o-redis-down'", Integer.class))
                .isEqualTo(1);
        String second = timed(() -> client.postEncrypted(text("o-redis-down-2", "幸福路井盖坏了")).content());
        assertThat(WeChatClient.eventNumberIn(second)).as("numbers from the database's day counter")
                .isNotEqualTo(WeChatClient.eventNumberIn(created));

        String number = WeChatClient.eventNumberIn(created);
        assertThat(timed(() -> client.postEncrypted(text(TestCounty.WORKER_ONE_OPENID, "签收 " + number)).content()))
                .contains("已签收");
        AdminClient.Answer listed = admin.get("/api/v1/events?size=5", "it-admin-token-0123456789abcdef");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().path("total").asInt()).isEqualTo(2);
        assertThat(admin.get("/actuator/health", null).raw()).contains("DEGRADED");

        while (dispatcher.deliverDue() > 0) {
            // the pushes go out, the access token kept in memory while Redis is away
        }
        assertThat(FakeWeChat.instance().sent()).anySatisfy(m -> assertThat(m.toUser()).isEqualTo(TestCounty.WORKER_ONE_OPENID));

        REDIS.start();
        long back = System.nanoTime();
        boolean used = false;
        while (!used && System.nanoTime() - back < Duration.ofSeconds(15).toNanos()) {
            client.postEncrypted(text("o-redis-back", "幸福路有人乱倒垃圾"));
            used = !claimsInRedis().isEmpty();
            Thread.sleep(500);
        }
        log.info("Redis used again {} ms after it came back", (System.nanoTime() - back) / 1_000_000);
        assertThat(used).as("Redis is used again within seconds of its return").isTrue();
    }

    /** The message claims in Redis; none while this test's own client has not reconnected yet. */
    private Set<String> claimsInRedis() {
        try {
            Set<String> claims = redis.keys("gridbot-test:in:*");
            return claims == null ? Set.of() : claims;
        } catch (RedisSystemException notYetReconnected) {
            return Set.of();
        }
    }

    @Test
    void aFrozenRedisCostsAMessageNoMoreThanItsShortTimeout() throws Exception {
        REDIS.pause();
        long[] millis = new long[1];
        String reply = timed(() -> client.postEncrypted(text("o-redis-frozen", "幸福路下水道堵了")).content(), millis);
        long[] next = new long[1];
        String second = timed(() -> client.postEncrypted(text("o-redis-frozen-2", "建设路下水道堵了")).content(), next);
        log.info("With Redis frozen: first message {} ms, second {} ms", millis[0], next[0]);
        assertThat(reply).contains("事件编号");
        assertThat(second).contains("事件编号");
        assertThat(millis[0]).isLessThan(BUDGET_MILLIS);
        assertThat(next[0]).isLessThan(BUDGET_MILLIS);
    }

    /** A past day whose numbers only these tests take, as the demo county's load takes a past month's. */
    private static final LocalDate LOAD_DAY = LocalDate.of(2026, 11, 24);

    @Test
    void numbersATransactionTookFromRedisAreNotGivenAgainWhenRedisStopsHalfway() {
        List<String> taken = new TransactionTemplate(transactions).execute(status -> {
            String first = store(numbers.next(LOAD_DAY));
            String second = store(numbers.next(LOAD_DAY));
            REDIS.stop();
            // The database's counter is new for the day and nothing is committed: only the transaction's own
            // uncommitted events show that 0001 and 0002 are taken.
            String third = store(numbers.next(LOAD_DAY));
            return List.of(first, second, third);
        });

        assertThat(taken).containsExactly("20261124-0001", "20261124-0002", "20261124-0003");
        assertThat(jdbc.queryForObject("SELECT last_value FROM event_sequence WHERE seq_day = '2026-11-24'", Long.class))
                .as("the third number came from the database's counter").isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grid_event WHERE number LIKE '20261124-%'", Integer.class))
                .isEqualTo(3);
    }

    @Test
    void aRedisCounterBehindTheNumbersOfTheTransactionIsMovedPastThem() {
        List<String> taken = new TransactionTemplate(transactions).execute(status -> {
            // Numbers the database's counter handed out while Redis was skipped; Redis kept its own counter at 1.
            store("20261124-0001");
            store("20261124-0002");
            store("20261124-0003");
            redis.opsForValue().set(keys.prefix() + "evseq:20261124", "1");
            return List.of(numbers.withNextNumber(LOAD_DAY, this::store), numbers.withNextNumber(LOAD_DAY, this::store));
        });

        assertThat(taken).containsExactly("20261124-0004", "20261124-0005");
        assertThat(redis.opsForValue().get(keys.prefix() + "evseq:20261124")).isEqualTo("5");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grid_event WHERE number LIKE '20261124-%'", Integer.class))
                .isEqualTo(5);
    }

    /** Stores a resident's report under the number given, as the demo county's load does; answers the number. */
    private String store(String number) {
        var grid = catalog.directory().find(TestCounty.GRID_ONE).orElseThrow();
        NewReport report = new NewReport("幸福路路灯不亮", new Classification(Category.MUNICIPAL, 0.9), false,
                new GridMatch(grid, MatchedBy.LOCATION), "o-load-" + number, Source.RESIDENT, "幸福路", null);
        return events.add(GridEvent.report(number, report, grid, Actor.RESIDENT, Instant.parse("2026-11-24T02:00:00Z")))
                .number();
    }

    private static String text(String openid, String content) {
        return WeChatClient.textXml(openid, content, WeChatClient.nextMsgId(), WeChatClient.now());
    }

    private interface Call {
        String run();
    }

    private static String timed(Call call) {
        return timed(call, new long[1]);
    }

    private static String timed(Call call, long[] millis) {
        long start = System.nanoTime();
        String answer = call.run();
        millis[0] = (System.nanoTime() - start) / 1_000_000;
        return answer;
    }
}
