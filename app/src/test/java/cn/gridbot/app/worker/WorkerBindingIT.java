package cn.gridbot.app.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gridbot.admin.security.AdminProperties;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.FakeWeChat;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestClock;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.TestState;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.wechat.WeChatProperties;
import cn.gridbot.worker.Worker;
import cn.gridbot.worker.WorkerBinding;
import cn.gridbot.worker.Workers;
import tools.jackson.databind.JsonNode;

/**
 * Binding a worker's WeChat through the portal, with signed and encrypted XML: only by a
 * one-time code an ADMIN or the worker's SUPERVISOR issues, typed or scanned as a QR code; valid 24
 * hours, once; five wrong codes lock the account out, in the database.
 */
@IntegrationTest
class WorkerBindingIT {

    @Autowired
    Clients clients;
    @Autowired
    AdminProperties admin;
    @Autowired
    WeChatProperties wechat;
    @Autowired
    TestCounty county;
    @Autowired
    TestState state;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkerBinding binding;
    @Autowired
    Workers workers;
    @Autowired
    PlatformTransactionManager transactions;

    AdminClient api;
    WeChatClient wx;

    @BeforeEach
    void setUp() {
        county.load();
        county.addUnboundWorker("W103", "周三");
        api = clients.api();
        wx = clients.wechat();
    }

    private String token(String role, String unit) {
        return api.post("/api/v1/tokens", "{\"role\":\"" + role + "\",\"unitCode\":\"" + unit + "\",\"label\":\"" + role
                + " " + unit + "\"}", admin.bootstrapToken()).body().get("token").asString();
    }

    private String boundOpenid(String workerCode) {
        return jdbc.queryForObject("SELECT openid FROM worker WHERE code = ?", String.class, workerCode);
    }

    @Test
    void aCodeFromTheSupervisorBindsTheWorkerOnceAndIsStoredOnlyAsAHash() {
        String supervisor = token("SUPERVISOR", TestCounty.EAST_TOWN);
        AdminClient.Answer issued = api.post("/api/v1/workers/W103/binding-code", null, supervisor);
        assertThat(issued.status()).isEqualTo(201);
        String code = issued.body().get("code").asString();
        assertThat(code).matches("\\d{6}");
        assertThat(Instant.parse(issued.body().get("expiresAt").asString()))
                .isBetween(clock.instant().plus(Duration.ofHours(23)), clock.instant().plus(Duration.ofHours(25)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM binding_code WHERE code_hash = ? OR code_hash LIKE ?",
                Integer.class, code, "%" + code + "%")).isZero();

        assertThat(wx.text("o-new-worker", "绑定 " + code).content()).contains("绑定成功").contains("周三").contains("W103");
        assertThat(boundOpenid("W103")).isEqualTo("o-new-worker");
        assertThat(wx.text("o-new-worker", "任务").content()).contains("没有待办");

        assertThat(wx.text("o-intruder", "绑定 " + code).content()).contains("绑定码不正确或已失效");
        assertThat(boundOpenid("W103")).isEqualTo("o-new-worker");
    }

    @Test
    void thePhoneDigitsNoLongerBindAnyone() {
        String reply = wx.text("o-stranger", "绑定 W103 0103").content();
        assertThat(reply).doesNotContain("绑定成功").contains("绑定码");
        assertThat(boundOpenid("W103")).isNull();
        AdminClient.Answer workers = api.get("/api/v1/workers", token("VIEWER", TestCounty.EAST_TOWN));
        assertThat(workers.raw()).doesNotContain(TestCounty.WORKER_ONE_OPENID).doesNotContain("13800000102");
    }

    @Test
    void scanningTheBindingQrCodeBindsWithASceneEventOrASubscribeFromTheScan() {
        AdminClient.Answer issued = api.post("/api/v1/workers/W103/binding-code", null, admin.bootstrapToken());
        String code = issued.body().get("code").asString();
        FakeWeChat.QrCode qr = FakeWeChat.instance().qrCodes().get(0);
        assertThat(qr.scene()).isEqualTo("bind:" + code);
        assertThat(qr.expireSeconds()).isEqualTo(24 * 3600);
        assertThat(issued.body().get("qrUrl").asString()).contains(qr.ticket()).startsWith("https://mp.weixin.qq.com/");

        assertThat(wx.event("o-scanner", "SCAN", "bind:" + code).content()).contains("绑定成功").contains("周三");
        assertThat(boundOpenid("W103")).isEqualTo("o-scanner");

        // A new code for a bound worker moves the binding: the worker changed phones and scans while following.
        String next = api.bindingCode("W103", admin.bootstrapToken());
        assertThat(wx.event("o-new-phone", "subscribe", "qrscene_bind:" + next).content()).contains("绑定成功");
        assertThat(boundOpenid("W103")).isEqualTo("o-new-phone");
        assertThat(wx.event("o-other", "SCAN", "bind:" + next).content()).contains("绑定码不正确或已失效");
    }

    /**
     * The simulator's event panel reads the user's worker record every second and a half; one read fell between the
     * binding and its commit and kept the worker a resident for the cache's half minute, so "任务" got the help text.
     */
    @Test
    void aReadWhileTheBindingCommitsDoesNotLeaveTheNewWorkerAnsweredAsAResident() throws Exception {
        String code = api.bindingCode("W103", admin.bootstrapToken());
        assertThat(workers.findByOpenid("o-scanner")).isEmpty();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThat(binding.bind("o-scanner", code)).isInstanceOf(WorkerBinding.Bound.class);
            assertThat(CompletableFuture.supplyAsync(() -> workers.findByOpenid("o-scanner")).orTimeout(10, TimeUnit.SECONDS).join())
                    .as("another connection still sees the row as committed").isEmpty();
        });
        assertThat(workers.findByOpenid("o-scanner")).map(Worker::code).contains("W103");
        assertThat(wx.text("o-scanner", "任务").content()).startsWith("周三,您").contains("待办");
    }

    @Test
    void aCodeExpiresAfter24HoursAndANewCodeReplacesTheOldOne() {
        String first = api.bindingCode("W103", admin.bootstrapToken());
        String second = api.bindingCode("W103", admin.bootstrapToken());
        assertThat(wx.text("o-late", "绑定 " + first).content()).contains("绑定码不正确或已失效");

        clock.advance(Duration.ofHours(24).plusSeconds(1));
        assertThat(wx.text("o-late", "绑定 " + second).content()).contains("绑定码不正确或已失效");
        assertThat(boundOpenid("W103")).isNull();

        String fresh = api.bindingCode("W103", admin.bootstrapToken());
        clock.advance(Duration.ofHours(23));
        assertThat(wx.text("o-in-time", "绑定 " + fresh).content()).contains("绑定成功");
    }

    @Test
    void fiveWrongCodesLockTheAccountOutEvenWhenRedisForgets() {
        String live = api.bindingCode("W103", admin.bootstrapToken());
        String wrong = String.format("%06d", (Integer.parseInt(live) + 1) % 1_000_000);
        for (int left = 4; left >= 1; left--) {
            assertThat(wx.text("o-guesser", "绑定 " + wrong).content()).contains("还可尝试 " + left + " 次");
        }
        state.flushRedis();
        assertThat(wx.text("o-guesser", "绑定 " + wrong).content()).contains("暂停绑定一小时");
        assertThat(wx.text("o-guesser", "绑定 " + live).content()).contains("暂停绑定一小时");
        assertThat(boundOpenid("W103")).isNull();
        clock.advance(Duration.ofMinutes(61));
        assertThat(wx.text("o-guesser", "绑定 " + live).content()).contains("绑定成功");
    }

    @Test
    void onlyAnAdminOrTheWorkersSupervisorIssuesCodes() {
        assertThat(api.post("/api/v1/workers/W103/binding-code", null, token("SUPERVISOR", TestCounty.WEST_TOWN)).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/workers/W103/binding-code", null, token("VIEWER", TestCounty.EAST_TOWN)).status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/workers/W103/binding-code", null, null).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/workers/W999/binding-code", null, admin.bootstrapToken()).status()).isEqualTo(404);
        JsonNode audit = api.get("/api/v1/audit", admin.bootstrapToken()).body();
        assertThat(audit.get("items").findValues("path").toString()).contains("/api/v1/workers/W103/binding-code");
    }
}
