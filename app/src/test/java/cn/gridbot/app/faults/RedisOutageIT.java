package cn.gridbot.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.FakeWeChat;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.PrivateRedis;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.notify.OutboxDispatcher;
import cn.gridbot.wechat.WeChatProperties;

/**
 * Redis is an accelerator only (README "Failure behaviour"): stopped mid-conversation, or frozen so that
 * it accepts connections and answers nothing, GridBot goes on with the database alone — the draft
 * complaint kept, duplicates caught, numbers handed out, worker commands, the admin API and the outbox
 * working — and uses Redis again within seconds of its return.
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
