package cn.gridbot.app.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.gridbot.admin.security.AdminProperties;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.worker.WorkerImporter;
import cn.gridbot.wechat.WeChatProperties;
import tools.jackson.databind.JsonNode;

/**
 * Tasks go only to someone a push reaches, and the resident is told only what happened: a grid's unbound
 * worker is never given a task; a grid where nobody can be told sends the event to the township queue with
 * the reason; an emergency is pushed to the grid's worker and the township's staff, and one that reached
 * neither is flagged and alarms the county centre.
 */
@IntegrationTest
class ReachabilityIT {

    private static final String UNBOUND = "W103";

    @Autowired
    Clients clients;
    @Autowired
    WeChatProperties wechat;
    @Autowired
    TestCounty county;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AdminProperties admin;
    @Autowired
    WorkerImporter workers;

    WeChatClient wx;
    AdminClient api;

    @BeforeEach
    void setUp() {
        county.load();
        wx = clients.wechat();
        api = clients.api();
    }

    @Test
    void everyTaskGoesToTheWorkerAPushReachesNeverToTheUnboundOne() {
        county.addUnboundWorker(UNBOUND, "周三");
        for (int i = 1; i <= 4; i++) {
            assertThat(wx.postEncrypted(text("o-r" + i, "幸福路" + i + "号门口垃圾没人收")).content()).contains("已派给网格员");
        }
        assertThat(jdbc.queryForList("SELECT DISTINCT assignee_code FROM grid_event", String.class))
                .containsExactly(TestCounty.WORKER_ONE);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE status = 'NO_RECIPIENT'", Integer.class)).isZero();
    }

    @Test
    void aGridWhereNobodyCanBeToldQueuesTheEventAtTheTownshipWithTheReason() {
        unbind(TestCounty.WORKER_TWO);
        String reply = wx.postEncrypted(text("o-q", "建设路路灯坏了好几天")).content();
        assertThat(reply).contains("网格:建设路网格").contains("已转东城镇派单");
        String number = WeChatClient.eventNumberIn(reply);
        JsonNode event = api.get("/api/v1/events/" + number, admin.bootstrapToken()).body();
        assertThat(event.path("status").asString()).isEqualTo("REPORTED");
        assertThat(event.path("assigneeCode").isNull()).isTrue();
        assertThat(event.path("queueReason").asString()).isEqualTo("NO_REACHABLE_WORKER");
        assertThat(event.path("queueReasonLabel").asString()).contains("没有已绑定微信");
        assertThat(event.path("timeline").findValues("note").toString()).contains("没有已绑定微信的在岗网格员");
        assertThat(pushesTo(TestCounty.DISPATCHER, number)).isEqualTo(1);
    }

    @Test
    void anEmergencyIsPushedToTheGridWorkerAndTheTownshipStaffAndTheReplySaysSo() {
        String reply = wx.postEncrypted(text("o-e", "快来人 幸福路菜市场门口有个老人倒在地上喊不醒")).content();
        assertThat(reply).contains("120").contains("已推送给网格员王一、东城镇值班人员1人");
        String number = WeChatClient.eventNumberIn(reply);
        assertThat(pushesTo(TestCounty.WORKER_ONE, number)).isEqualTo(1);
        assertThat(pushesTo(TestCounty.DISPATCHER, number)).isEqualTo(1);
        assertThat(api.get("/api/v1/events/" + number, admin.bootstrapToken()).body().path("unreached").asBoolean()).isFalse();
    }

    @Test
    void anEmergencyNoWorkerOrTownshipStaffCanBeToldAboutIsFlaggedAndAlarmsTheCountyCentre() {
        unbind(TestCounty.WORKER_ONE);
        unbind(TestCounty.DISPATCHER);
        workers.importCsv("code,name,phone,gridCode,openid\nC001,县中心值班,13800000001,TC,o-county-001\n"
                .getBytes(StandardCharsets.UTF_8));
        String reply = wx.postEncrypted(text("o-alarm", "快来人 幸福路有个老人倒在地上喊不醒")).content();
        assertThat(reply).contains("120").contains("已推送给县网格化服务管理中心值班人员1人").doesNotContain("网格员王一");
        String number = WeChatClient.eventNumberIn(reply);
        assertThat(pushesTo("C001", number)).isEqualTo(1);
        JsonNode flagged = api.get("/api/v1/events?unreached=true", admin.bootstrapToken()).body();
        assertThat(flagged.path("total").asInt()).isEqualTo(1);
        assertThat(flagged.path("items").get(0).path("number").asString()).isEqualTo(number);
        assertThat(flagged.path("items").get(0).path("unreached").asBoolean()).isTrue();
    }

    @Test
    void anEmergencyThatReachedNobodyAtAllSaysSoAndIsFlagged() {
        unbind(TestCounty.WORKER_ONE);
        unbind(TestCounty.DISPATCHER);
        String reply = wx.postEncrypted(text("o-alone", "快来人 幸福路有个老人倒在地上喊不醒")).content();
        assertThat(reply).contains("120").contains("暂时没能通知到值班人员").doesNotContain("已推送给");
        String number = WeChatClient.eventNumberIn(reply);
        assertThat(api.get("/api/v1/events/" + number, admin.bootstrapToken()).body().path("unreached").asBoolean()).isTrue();
    }

    @Test
    void aSupervisorCannotGiveATaskToAWorkerWhoWouldNeverBeTold() {
        county.addUnboundWorker(UNBOUND, "周三");
        String number = WeChatClient.eventNumberIn(wx.postEncrypted(text("o-s", "幸福路井盖坏了")).content());
        AdminClient.Answer refused = api.post("/api/v1/events/" + number + "/assign",
                "{\"workerCode\":\"" + UNBOUND + "\"}", admin.bootstrapToken());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("code").asString()).isEqualTo("worker-unreachable");
    }

    private void unbind(String workerCode) {
        jdbc.update("UPDATE worker SET openid = NULL WHERE code = ?", workerCode);
    }

    private int pushesTo(String workerCode, String number) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE worker_code = ? AND event_number = ? "
                + "AND status = 'PENDING'", Integer.class, workerCode, number);
        return n == null ? 0 : n;
    }

    private static String text(String openid, String content) {
        return WeChatClient.textXml(openid, content, WeChatClient.nextMsgId(), WeChatClient.now());
    }
}
