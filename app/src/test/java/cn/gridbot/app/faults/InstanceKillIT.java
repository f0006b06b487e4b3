package cn.gridbot.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.gridbot.app.support.FakeWeChat;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.PrivateMariaDb;
import cn.gridbot.app.support.PrivateServer;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.wechat.WeChatProperties;

/**
 * Two GridBot instances (the real jar, in child JVMs) on one database and one Redis; a burst of complaints
 * goes to the first, which is killed with SIGKILL halfway through; like WeChat, the client retries every
 * unanswered message on the second instance. Every complaint is answered; once the killed instance is back
 * on its spool folder (a message it had answered "received, busy" waits there), each is exactly one event.
 */
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class InstanceKillIT {

    private static final String DATABASE = "gridbot_kill";
    private static final PrivateMariaDb MARIADB = PrivateMariaDb.running(DATABASE);
    private static final String PREFIX = "gridbot-kill:";
    private static final int COMPLAINTS = 40;
    private static final int KILL_AFTER = 12;
    private static final Logger log = LoggerFactory.getLogger(InstanceKillIT.class);

    @DynamicPropertySource
    static void sharedByTheInstances(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> MARIADB.jdbcUrl(DATABASE));
        registry.add("spring.datasource.username", () -> "root");
        registry.add("spring.datasource.password", () -> "");
        registry.add("gridbot.redis.key-prefix", () -> PREFIX);
    }

    @Autowired
    WeChatProperties wechat;
    @Autowired
    TestCounty county;
    @Autowired
    JdbcTemplate jdbc;

    final List<Process> instances = new ArrayList<>();

    @AfterEach
    void stopInstances() {
        instances.forEach(Process::destroyForcibly);
    }

    @BeforeAll
    static void freshFolders() throws IOException {
        Path root = Path.of("target", "instance-kill-it");
        if (Files.exists(root)) {
            try (var files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aKilledInstanceLosesNothingWhenWeChatRetriesOnTheOther() throws Exception {
        county.load();
        int portA = PrivateServer.freePort();
        int portB = PrivateServer.freePort();
        Process a = start("a", portA);
        Process b = start("b", portB);
        awaitHealthy(portA, a);
        awaitHealthy(portB, b);
        WeChatClient first = new WeChatClient(portA, wechat.appId(), wechat.token(), wechat.aesKey());
        WeChatClient second = new WeChatClient(portB, wechat.appId(), wechat.token(), wechat.aesKey());

        AtomicInteger answeredByA = new AtomicInteger();
        AtomicInteger retried = new AtomicInteger();
        Map<String, String> answers = new ConcurrentHashMap<>();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        List<Future<?>> sending = new ArrayList<>();
        for (int i = 0; i < COMPLAINTS; i++) {
            String openid = "o-kill-" + i;
            String xml = WeChatClient.textXml(openid, "幸福路" + (i + 1) + "号门口垃圾三天没人收", WeChatClient.nextMsgId(),
                    WeChatClient.now());
            sending.add(senders.submit(() -> {
                String answer = tryOnce(first, xml);
                if (answer != null && answeredByA.incrementAndGet() == KILL_AFTER) {
                    a.destroyForcibly();
                }
                for (int attempt = 0; answer == null && attempt < 3; attempt++) {
                    retried.incrementAndGet();
                    answer = tryOnce(second, xml);
                }
                answers.put(openid, answer == null ? "" : answer);
            }));
        }
        for (Future<?> f : sending) {
            f.get(3, TimeUnit.MINUTES);
        }
        senders.shutdown();
        log.info("Instance kill: {} complaints, {} answered by the first instance before or as it died, {} retries on the second",
                COMPLAINTS, answeredByA.get(), retried.get());

        assertThat(a.isAlive()).isFalse();
        assertThat(retried.get()).as("messages were retried on the second instance").isPositive();
        assertThat(answers).hasSize(COMPLAINTS);
        assertThat(answers.values()).allSatisfy(answer -> assertThat(answer).as("every complaint answered").isNotBlank());
        awaitHealthy(portA, start("a", portA));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (eventsStored() < COMPLAINTS && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        for (int i = 0; i < COMPLAINTS; i++) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grid_event WHERE reporter_openid = ?", Integer.class,
                    "o-kill-" + i)).as("events of o-kill-" + i).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbound_message", Integer.class)).isEqualTo(COMPLAINTS);
    }

    private static String tryOnce(WeChatClient client, String xml) {
        try {
            WeChatClient.Response response = client.postEncrypted(xml);
            return response.status() == 200 ? response.content() : null;
        } catch (RuntimeException connectionLost) {
            return null;
        }
    }

    private int eventsStored() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM grid_event", Integer.class);
        return n == null ? 0 : n;
    }

    private Process start(String name, int port) throws IOException {
        Path jar = Path.of("target", "gridbot.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("target/gridbot.jar is missing: run the tests with `./mvnw verify`, which packages it first");
        }
        Path dir = Files.createDirectories(Path.of("target", "instance-kill-it", name));
        String java = ProcessHandle.current().info().command().orElse("java");
        // No -XX:TieredStopAtLevel=1: start-up is mostly training the classifier, which is compute the full JIT does
        // faster (two instances training at once on two slow cores: 113-117 s each with it, 188 s with C1 alone).
        List<String> command = List.of(java, "-Xmx384m", "-jar", jar.toString(), "--spring.profiles.active=prod",
                "--server.port=" + port, "--spring.datasource.url=" + MARIADB.jdbcUrl(DATABASE),
                "--spring.datasource.username=root", "--spring.datasource.password=",
                "--spring.data.redis.host=127.0.0.1", "--spring.data.redis.port=" + System.getenv().getOrDefault("GRIDBOT_TEST_REDIS_PORT", "6379"),
                "--spring.data.redis.database=3", "--gridbot.redis.key-prefix=" + PREFIX,
                "--gridbot.wechat.app-id=" + wechat.appId(), "--gridbot.wechat.token=" + wechat.token(),
                "--gridbot.wechat.aes-key=" + wechat.aesKey(), "--gridbot.wechat.secret=it-secret",
                "--gridbot.wechat.api-host=" + FakeWeChat.instance().url(), "--gridbot.admin.bootstrap-token=kill-it-admin-token-0123456789",
                "--gridbot.spool.dir=" + dir.resolve("spool").toAbsolutePath(), "--gridbot.outbox.poll-interval=PT1H",
                "--gridbot.daily.catch-up-delay=PT1000H", "--gridbot.daily.catch-up-interval=PT1000H");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("gridbot.log").toFile()).start();
        instances.add(process);
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return process;
    }

    /**
     * Waits for an instance's health endpoint. Each instance trains the classifier at start-up (README, "The classifier
     * and emergencies": 20-40 s on a quiet machine); two of them at once beside this test on a machine half as fast
     * took close to four minutes, so the wait is generous: a failure here means an instance that does not start.
     */
    private static void awaitHealthy(int port, Process process) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(480);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("instance on port " + port + " exited; see target/instance-kill-it").isTrue();
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("instance on port " + port + " did not become healthy; see target/instance-kill-it");
    }
}
