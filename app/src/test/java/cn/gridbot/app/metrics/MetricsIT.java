package cn.gridbot.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yaml.snakeyaml.Yaml;

import cn.gridbot.admin.security.AdminProperties;
import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.FakeWeChat;
import cn.gridbot.app.support.FakeWeChat.Fault;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestClock;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.conversation.InboundMessage;
import cn.gridbot.conversation.MessageKind;
import cn.gridbot.conversation.MessageSpool;
import cn.gridbot.notify.OutboxDispatcher;
import cn.gridbot.reminder.ReminderRun;
import cn.gridbot.resident.ResidentImporter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gridbot_* meters at /actuator/prometheus, read as a scraper reads them (with a METRICS token), move as
 * messages, events, pushes, failures, reminders and spooled messages flow. The registry lives as long as the
 * application context, which other tests share, so each check compares before and after.
 */
@IntegrationTest
class MetricsIT {

    @Autowired
    Clients clients;
    @Autowired
    AdminProperties admin;
    @Autowired
    TestCounty county;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    ReminderRun reminders;
    @Autowired
    ResidentImporter residents;
    @Autowired
    MessageSpool spool;

    AdminClient api;
    String scraper;

    @BeforeEach
    void setUp() {
        county.load();
        api = clients.api();
        scraper = api.post("/api/v1/tokens", "{\"role\":\"METRICS\",\"label\":\"prometheus\"}", admin.bootstrapToken()).body()
                .get("token").asString();
    }

    private Prometheus scrape() {
        AdminClient.Answer answer = api.get("/actuator/prometheus", scraper);
        assertThat(answer.status()).isEqualTo(200);
        return new Prometheus(answer.raw());
    }

    private long pendingInTheDatabase() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE status = 'PENDING'", Long.class);
    }

    @Test
    void aComplaintCountsItsEventItsReplyAndItsPendingPushUntilDelivered() {
        Prometheus before = scrape();
        assertThat(before.has("gridbot_outbox_pending")).isTrue();
        assertThat(before.has("gridbot_spool_pending")).isTrue();
        assertThat(before.value("gridbot_outbox_pending")).isZero();
        assertThat(before.value("gridbot_outbox_oldest_seconds")).isZero();

        WeChatClient wx = clients.wechat();
        WeChatClient.eventNumberIn(wx.text("o-metrics", "幸福路下水道堵了,臭得很").content());
        WeChatClient.eventNumberIn(wx.text("o-metrics-2", "建设路路灯坏了好几天了").content());
        wx.text("o-metrics-3", "你好");

        Prometheus after = scrape();
        assertThat(after.value("gridbot_events_created_total", "category=MUNICIPAL", "source=RESIDENT")
                - before.value("gridbot_events_created_total", "category=MUNICIPAL", "source=RESIDENT")).isEqualTo(2);
        assertThat(after.value("gridbot_reply_seconds_count") - before.value("gridbot_reply_seconds_count")).isEqualTo(3);
        assertThat(after.value("gridbot_reply_seconds_sum")).isGreaterThan(before.value("gridbot_reply_seconds_sum"));
        assertThat(after.has("gridbot_reply_seconds_bucket")).as("a histogram").isTrue();
        assertThat(pendingInTheDatabase()).isPositive();
        assertThat(after.value("gridbot_outbox_pending")).isEqualTo(pendingInTheDatabase());

        clock.advance(Duration.ofMinutes(11));
        assertThat(scrape().value("gridbot_outbox_oldest_seconds")).isGreaterThanOrEqualTo(660);

        while (dispatcher.deliverDue() > 0) {
            // Every push due now goes to the fake WeChat.
        }
        Prometheus delivered = scrape();
        assertThat(delivered.value("gridbot_outbox_pending")).isZero();
        assertThat(delivered.value("gridbot_outbox_oldest_seconds")).isZero();
    }

    @Test
    void failedPushesCountByWeChatsErrcode() {
        Prometheus before = scrape();
        FakeWeChat.instance().failNext(Fault.UNSUBSCRIBED_43004, Fault.TIMEOUT);
        WeChatClient wx = clients.wechat();
        WeChatClient.eventNumberIn(wx.text("o-fail-1", "幸福路下水道堵了,臭得很").content());
        WeChatClient.eventNumberIn(wx.text("o-fail-2", "建设路路灯坏了好几天了").content());
        while (dispatcher.deliverDue() > 0) {
            // Both task pushes are tried once: one refused for good, one timed out.
        }
        Prometheus after = scrape();
        assertThat(after.value("gridbot_push_failures_total", "errcode=43004")
                - before.value("gridbot_push_failures_total", "errcode=43004")).isEqualTo(1);
        assertThat(after.value("gridbot_push_failures_total") - before.value("gridbot_push_failures_total"))
                .as("the timeout counts too").isEqualTo(2);
    }

    @Test
    void aReminderRunCountsWhatItCreatedPerKind() {
        residents.importCsv(("name,gender,birthDate,phone,address,gridCode,tags,visitIntervalDays,lastVisitDate,openid\n"
                + "今天寿星,F,1942-12-30,,幸福路1号," + TestCounty.GRID_ONE + ",ELDERLY,,,\n"
                + "后天寿星,M,1940-01-01,,幸福路2号," + TestCounty.GRID_ONE + ",ELDERLY,,,\n").getBytes(StandardCharsets.UTF_8));
        Prometheus before = scrape();
        reminders.run(LocalDate.of(2026, 12, 30));
        Prometheus after = scrape();
        assertThat(after.value("gridbot_reminders_created_total", "kind=BIRTHDAY_TODAY")
                - before.value("gridbot_reminders_created_total", "kind=BIRTHDAY_TODAY")).isEqualTo(1);
        assertThat(after.value("gridbot_reminders_created_total", "kind=BIRTHDAY_UPCOMING")
                - before.value("gridbot_reminders_created_total", "kind=BIRTHDAY_UPCOMING")).isEqualTo(1);

        reminders.run(LocalDate.of(2026, 12, 30));
        assertThat(scrape().value("gridbot_reminders_created_total")).as("a repeated run creates nothing")
                .isEqualTo(after.value("gridbot_reminders_created_total"));
    }

    @Test
    void aPatrolCountsByWhetherItWasValidWhenItEnds() {
        WeChatClient wx = clients.wechat();
        Prometheus before = scrape();
        assertThat(wx.text(TestCounty.WORKER_ONE_OPENID, "巡查").content()).contains("巡查开始");
        assertThat(wx.text(TestCounty.WORKER_ONE_OPENID, "结束巡查 刚出门就回来了").content()).contains("未达到有效巡查");
        Prometheus after = scrape();
        assertThat(after.value("gridbot_patrols_total", "valid=false") - before.value("gridbot_patrols_total", "valid=false"))
                .isEqualTo(1);
        assertThat(after.value("gridbot_patrols_total", "valid=true")).isEqualTo(before.value("gridbot_patrols_total", "valid=true"));
    }

    @Test
    void theSpoolGaugesFollowThisInstancesSpool() {
        double before = scrape().value("gridbot_spool_pending");
        long seq = spool.append(spooled(), Instant.now());
        assertThat(scrape().value("gridbot_spool_pending")).isEqualTo(before + 1);
        spool.done(seq);
        assertThat(scrape().value("gridbot_spool_pending")).isEqualTo(before);

        double parkedBefore = scrape().value("gridbot_spool_parked");
        long parked = spool.append(spooled(), Instant.now());
        spool.failed(parked, "IllegalStateException", 1);
        assertThat(scrape().value("gridbot_spool_parked")).isEqualTo(parkedBefore + 1);
        assertThat(spool.retry(parked)).isTrue();
        assertThat(scrape().value("gridbot_spool_parked")).isEqualTo(parkedBefore);
        spool.done(parked);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDashboardAndTheAlertsReadOnlySeriesTheApplicationExposes() throws Exception {
        FakeWeChat.instance().failNext(Fault.UNSUBSCRIBED_43004);
        WeChatClient.eventNumberIn(clients.wechat().text("o-docs", "幸福路下水道堵了,臭得很").content());
        while (dispatcher.deliverDue() > 0) {
            // The task push fails once, so the failure counter exists.
        }
        residents.importCsv(("name,gender,birthDate,phone,address,gridCode,tags,visitIntervalDays,lastVisitDate,openid\n"
                + "今天寿星,F,1942-12-30,,幸福路1号," + TestCounty.GRID_ONE + ",ELDERLY,,,\n").getBytes(StandardCharsets.UTF_8));
        reminders.run(LocalDate.of(2026, 12, 30));
        Prometheus exposed = scrape();

        String dashboard = Files.readString(Path.of("../docs/grafana-dashboard.json"));
        JsonNode panels = JsonMapper.builder().build().readTree(dashboard).get("panels");
        Set<String> used = new TreeSet<>();
        panels.forEach(panel -> panel.get("targets").forEach(target -> used.addAll(series(target.get("expr").asString()))));
        assertThat(used).contains("gridbot_events_created_total", "gridbot_reply_seconds_bucket", "gridbot_outbox_pending",
                "gridbot_outbox_oldest_seconds", "gridbot_push_failures_total", "gridbot_spool_pending",
                "gridbot_spool_parked", "gridbot_reminders_created_total");

        Map<String, Object> alerts = new Yaml().load(Files.readString(Path.of("../docs/prometheus-alerts.yml")));
        List<Map<String, Object>> rules = (List<Map<String, Object>>) ((List<Map<String, Object>>) alerts.get("groups")).get(0)
                .get("rules");
        assertThat(rules).extracting(r -> r.get("alert")).containsExactly("GridbotSpoolNotDraining", "GridbotSpoolParked", "GridbotOutboxStuck",
                "GridbotPushFailuresRising", "GridbotSlowReplies");
        for (Map<String, Object> rule : rules) {
            assertThat(rule).containsKeys("expr", "for", "labels", "annotations");
            used.addAll(series((String) rule.get("expr")));
        }
        assertThat(rules.get(1).get("expr").toString()).contains("gridbot_spool_parked").contains("> 0");
        assertThat(rules.get(2).get("expr").toString()).contains("gridbot_outbox_oldest_seconds").contains("> 600");
        assertThat(rules.get(4).get("expr").toString()).contains("0.99").contains("gridbot_reply_seconds_bucket").contains("> 3");
        for (String name : used) {
            assertThat(exposed.has(name)).as("%s is exposed", name).isTrue();
        }
    }

    private static Set<String> series(String expr) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("gridbot_[a-z_]+").matcher(expr);
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }

    private static InboundMessage spooled() {
        return new InboundMessage("o-spooled", MessageKind.TEXT, Instant.now().getEpochSecond(), "metrics-" + System.nanoTime(),
                "幸福路路灯坏了", null, null, null, null, null, null, null);
    }
}
