package cn.gridbot.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import cn.gridbot.app.GridBotApplication;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.TestState;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.wechat.WeChatProperties;

/** README "Failure behaviour": WeChat's retries of one message give one event and the same answer, however they arrive. */
@IntegrationTest
class ExactlyOnceIT {

    @Autowired
    Clients clients;
    @LocalServerPort
    int port;
    @Autowired
    WeChatProperties wechat;
    @Autowired
    TestState state;
    @Autowired
    TestCounty county;

    WeChatClient client;

    @BeforeEach
    void setUp() {
        county.load();
        client = clients.wechat();
    }

    @Test
    void sequentialRetriesCreateOneEventAndGetTheSameAnswer() {
        String xml = WeChatClient.textXml("o-retry", "幸福路垃圾三天没人收了", WeChatClient.nextMsgId(), WeChatClient.now());
        var first = client.post(xml);
        var second = client.post(xml);
        var third = client.post(xml);
        assertThat(first.content()).contains("事件编号");
        assertThat(second.content()).isEqualTo(first.content());
        assertThat(third.content()).isEqualTo(first.content());
        assertThat(state.count("grid_event")).isEqualTo(1);
        assertThat(state.count("inbound_message")).isEqualTo(1);
        assertThat(state.count("notification")).isEqualTo(1);
    }

    @Test
    void concurrentRetriesCreateOneEventAndGetTheSameAnswer() throws Exception {
        String xml = WeChatClient.textXml("o-concurrent", "建设路路灯全部不亮", WeChatClient.nextMsgId(), WeChatClient.now());
        List<String> answers = sendTogether(8, () -> client.post(xml).content());
        assertThat(answers).allSatisfy(a -> assertThat(a).contains("事件编号").isEqualTo(answers.get(0)));
        assertThat(state.count("grid_event")).isEqualTo(1);
    }

    @Test
    void aRedisFlushBetweenRetriesStillGivesOneEvent() {
        String xml = WeChatClient.textXml("o-flush", "幸福路井盖坏了", WeChatClient.nextMsgId(), WeChatClient.now());
        var first = client.post(xml);
        state.flushRedis();
        var retry = client.post(xml);
        assertThat(retry.content()).isEqualTo(first.content());
        assertThat(state.count("grid_event")).isEqualTo(1);
    }

    @Test
    void concurrentRetriesAfterARedisFlushStillGiveOneEvent() throws Exception {
        String xml = WeChatClient.textXml("o-flush-2", "阳光小区门口占道经营", WeChatClient.nextMsgId(), WeChatClient.now());
        state.flushRedis();
        List<String> answers = sendTogether(6, () -> {
            state.flushRedis();
            return client.post(xml).content();
        });
        assertThat(answers).allSatisfy(a -> assertThat(a).isEqualTo(answers.get(0)));
        assertThat(state.count("grid_event")).isEqualTo(1);
    }

    @Test
    void twoInstancesOnTheSameDatabaseAndRedisCreateOneEvent() throws Exception {
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(GridBotApplication.class)
                .profiles("it").run("--server.port=0")) {
            int otherPort = ((WebServerApplicationContext) second).getWebServer().getPort();
            WeChatClient other = new WeChatClient(otherPort, wechat.appId(), wechat.token(), wechat.aesKey());
            String xml = WeChatClient.textXml("o-two", "幸福路有人烧垃圾 烟好大", WeChatClient.nextMsgId(), WeChatClient.now());
            AtomicInteger turn = new AtomicInteger();
            List<String> answers = sendTogether(6, () -> (turn.getAndIncrement() % 2 == 0 ? client : other).post(xml).content());
            assertThat(answers).allSatisfy(a -> assertThat(a).contains("事件编号").isEqualTo(answers.get(0)));
            assertThat(state.count("grid_event")).isEqualTo(1);
            String next = other.text("o-two-b", "建设路下水道冒水").content();
            assertThat(WeChatClient.eventNumberIn(next)).isNotEqualTo(WeChatClient.eventNumberIn(answers.get(0)));
        }
    }

    private static List<String> sendTogether(int n, Callable<String> send) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(send));
            }
            List<String> answers = new ArrayList<>();
            for (Future<String> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
