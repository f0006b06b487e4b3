package cn.gridbot.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.FakeWeChat;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.PrivateMariaDb;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.TestState;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.conversation.MessageSpool;
import cn.gridbot.notify.OutboxDispatcher;
import cn.gridbot.wechat.WeChatProperties;

/**
 * The database goes away for 20 seconds while residents keep writing (README "Failure behaviour"): every
 * message is answered within WeChat's 5 seconds, kept in the spool, replayed when the database is back,
 * and becomes exactly one event whose number reaches the resident as a push.
 */
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutageIT {

    private static final String DATABASE = "gridbot_outage";
    private static final PrivateMariaDb MARIADB = PrivateMariaDb.running(DATABASE);
    private static final long WECHAT_GIVES_UP_MILLIS = 5000;
    private static final String BUSY = "已收到您的反映,系统正忙,受理后会把编号发给您。";
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageIT.class);

    @DynamicPropertySource
    static void privateDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> MARIADB.jdbcUrl(DATABASE));
        registry.add("spring.datasource.username", () -> "root");
        registry.add("spring.datasource.password", () -> "");
        registry.add("gridbot.intake.replay-interval", () -> "PT1S");
    }

    @Autowired
    Clients clients;
    @Autowired
    WeChatProperties wechat;
    @Autowired
    TestCounty county;
    @Autowired
    TestState state;
    @Autowired
    MessageSpool spool;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OutboxDispatcher dispatcher;

    record Sent(String openid, long millis, String reply) {
    }

    @Test
    void complaintsSentWhileTheDatabaseIsDownAreAnsweredInTimeAndEachBecomesOneEventWithItsNumberPushed() throws Exception {
        county.load();
        WeChatClient client = clients.wechat();
        List<Sent> before = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            before.add(send(client, "o-before-" + i, "幸福路垃圾桶满了没人收 第" + i + "处"));
        }
        assertThat(before).allSatisfy(s -> assertThat(s.reply()).contains("事件编号"));

        MARIADB.stop();
        List<Sent> during = new ArrayList<>();
        long outageEnds = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int n = 0;
        during.add(send(client, "o-two-steps", "路灯坏了好几天了"));
        Sent collapsed = send(client, "o-collapsed", "幸福路12号楼道里有个老人倒在地上 叫不醒");
        during.add(collapsed);
        assertThat(collapsed.reply()).as("an emergency is told what to do even while the database is away")
                .startsWith("⚠️").contains("120");
        while (System.nanoTime() < outageEnds) {
            during.add(send(client, "o-during-" + n, "幸福路" + (n + 1) + "号门口下水道堵了,臭得很"));
            n++;
            Thread.sleep(700);
        }
        during.add(send(client, "o-two-steps", "幸福路12号"));
        String retriedXml = WeChatClient.textXml("o-retried", "幸福路3号楼下垃圾堆了好几天", WeChatClient.nextMsgId(),
                WeChatClient.now());
        List<Sent> retried = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            retried.add(post(client, "o-retried", retriedXml));
        }
        assertThat(retried).allSatisfy(s -> {
            assertThat(s.reply()).contains(BUSY);
            assertThat(s.millis()).as("answered before WeChat gives up").isLessThan(WECHAT_GIVES_UP_MILLIS);
        });
        AdminClient.Answer waiting = clients.api().get("/api/v1/spool", "it-admin-token-0123456789abcdef");
        assertThat(waiting.status()).as("the spool can be read while the database is away").isEqualTo(200);
        assertThat(waiting.body().path("pending").asInt()).as("WeChat's retries wait once").isEqualTo(during.size() + 1);
        MARIADB.start();
        List<Sent> after = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            after.add(send(client, "o-after-" + i, "建设路井盖丢了 第" + i + "个"));
        }
        awaitSpoolEmpty(Duration.ofSeconds(90));

        List<Sent> all = new ArrayList<>(before);
        all.addAll(during);
        all.addAll(after);
        List<Sent> spooled = all.stream().filter(s -> s.reply().contains(BUSY)).toList();
        log.info("Database outage: {} messages ({} during the outage, {} spooled), slowest answer {} ms, parked {}",
                all.size(), during.size(), spooled.size(), all.stream().mapToLong(Sent::millis).max().orElse(0),
                spool.parkedCount());
        assertThat(all).allSatisfy(s -> assertThat(s.millis()).as("answered before WeChat gives up").isLessThan(WECHAT_GIVES_UP_MILLIS));
        assertThat(during).allSatisfy(s -> assertThat(s.reply()).contains(BUSY));
        assertThat(spool.parkedCount()).isZero();

        for (Sent s : all) {
            if (!s.openid().equals("o-two-steps")) {
                assertThat(state.eventsOf(s.openid())).as("events of " + s.openid()).isEqualTo(1);
            }
        }
        assertThat(state.eventsOf("o-two-steps")).as("the two-step complaint, replayed in order").isEqualTo(1);
        assertThat(state.eventsOf("o-retried")).as("a message WeChat sent three times during the outage").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT urgent FROM grid_event WHERE reporter_openid = 'o-collapsed'", Boolean.class))
                .as("the emergency told during the outage is urgent once replayed").isTrue();
        String twoSteps = jdbc.queryForObject("SELECT number FROM grid_event WHERE reporter_openid = 'o-two-steps'", String.class);
        assertThat(jdbc.queryForObject("SELECT grid_code FROM grid_event WHERE number = ?", String.class, twoSteps))
                .isEqualTo(TestCounty.GRID_ONE);

        while (dispatcher.deliverDue() > 0) {
            // deliver everything due, SPOOL_REPLY pushes included
        }
        for (String openid : spooled.stream().map(Sent::openid).distinct().toList()) {
            String number = jdbc.queryForObject("SELECT number FROM grid_event WHERE reporter_openid = ?", String.class, openid);
            assertThat(FakeWeChat.instance().sent()).as("the number pushed to " + openid)
                    .anySatisfy(m -> {
                        assertThat(m.toUser()).isEqualTo(openid);
                        assertThat(m.body().path("text").path("content").asString()).contains(number);
                    });
        }
        String retriedNumber = jdbc.queryForObject("SELECT number FROM grid_event WHERE reporter_openid = 'o-retried'",
                String.class);
        assertThat(FakeWeChat.instance().sent()).filteredOn(m -> m.toUser().equals("o-retried"))
                .as("the retried message's number, pushed once").singleElement()
                .satisfies(m -> assertThat(m.body().path("text").path("content").asString()).contains(retriedNumber));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE kind = 'SPOOL_REPLY'", Integer.class))
                .as("one reply pushed per message, the retried one included").isEqualTo(spooled.size() + 1);
    }

    private Sent send(WeChatClient client, String openid, String text) {
        return post(client, openid, WeChatClient.textXml(openid, text, WeChatClient.nextMsgId(), WeChatClient.now()));
    }

    private Sent post(WeChatClient client, String openid, String xml) {
        long start = System.nanoTime();
        WeChatClient.Response response = client.postEncrypted(xml);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(response.status()).as("HTTP status for " + openid).isEqualTo(200);
        return new Sent(openid, millis, response.content());
    }

    private void awaitSpoolEmpty(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (spool.pendingCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(spool.pendingCount()).as("spooled messages still waiting").isZero();
    }
}
