package cn.gridbot.app.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import tools.jackson.databind.JsonNode;

/**
 * Follow-up calls (电话回访, README "Departments and supervision"): a random sample of the closed events residents
 * reported, the answers recorded in the timeline, an unsatisfied one reopening the event, and follow-up satisfaction
 * in the statistics beside the ratings.
 */
@IntegrationTest
class FollowUpIT {

    @Autowired
    Clients clients;
    @Autowired
    TestCounty county;
    @Autowired
    GridEvents events;
    @Autowired
    JdbcTemplate jdbc;

    WeChatClient wx;
    AdminClient api;
    String admin;
    final List<String> closed = new ArrayList<>();
    String resolvedOnly;

    @BeforeEach
    void setUp() {
        county.load();
        wx = clients.wechat();
        api = clients.api();
        admin = clients.adminToken();
        closed.add(handled("o-call-1", "幸福路下水道堵了 电话13912345678", true));
        closed.add(handled("o-call-2", "幸福路路灯坏了好几天", true));
        closed.add(handled("o-call-3", "建设路井盖坏了", true));
        resolvedOnly = handled("o-call-4", "建设路垃圾没人收", false);
    }

    @Test
    void aSampleIsDrawnFromClosedEventsNotYetCalled() {
        String supervisor = token("SUPERVISOR", TestCounty.EAST_TOWN);
        JsonNode all = api.get("/api/v1/followups/sample?size=10", supervisor).body();
        assertThat(numbers(all)).containsExactlyInAnyOrderElementsOf(closed).doesNotContain(resolvedOnly);
        JsonNode two = api.get("/api/v1/followups/sample?size=2", supervisor).body();
        assertThat(numbers(two)).hasSize(2).doesNotHaveDuplicates().isSubsetOf(closed);
        assertThat(api.get("/api/v1/followups/sample?size=0", supervisor).status()).isEqualTo(400);

        api.post("/api/v1/events/" + closed.get(0) + "/followup", "{\"result\":\"SATISFIED\"}", supervisor);
        assertThat(numbers(api.get("/api/v1/followups/sample?size=10", supervisor).body()))
                .containsExactlyInAnyOrder(closed.get(1), closed.get(2));
    }

    @Test
    void answersAreInTheTimelineAnUnsatisfiedOneReopensAndTheStatisticsShowThem() {
        String supervisor = token("SUPERVISOR", TestCounty.EAST_TOWN);
        AdminClient.Answer satisfied = api.post("/api/v1/events/" + closed.get(0) + "/followup",
                "{\"result\":\"SATISFIED\",\"note\":\"居民说修得好\"}", supervisor);
        assertThat(satisfied.status()).isEqualTo(200);
        assertThat(satisfied.body().get("status").asString()).isEqualTo("CLOSED");
        JsonNode timeline = satisfied.body().get("timeline");
        assertThat(timeline.get(timeline.size() - 1).get("note").asString()).isEqualTo("电话回访:满意,居民说修得好");

        int pushesBefore = dispatcherPushes();
        AdminClient.Answer unsatisfied = api.post("/api/v1/events/" + closed.get(1) + "/followup",
                "{\"result\":\"UNSATISFIED\",\"note\":\"路灯又坏了\"}", supervisor);
        assertThat(unsatisfied.body().get("status").asString()).isEqualTo("REOPENED");
        GridEvent reopened = events.findByNumber(closed.get(1)).orElseThrow();
        assertThat(reopened.status()).isEqualTo(EventStatus.REOPENED);
        assertThat(reopened.flagged()).isTrue();
        assertThat(dispatcherPushes()).as("the township centre is told").isEqualTo(pushesBefore + 1);

        api.post("/api/v1/events/" + closed.get(2) + "/followup", "{\"result\":\"UNREACHED\"}", supervisor);
        JsonNode overview = api.get("/api/v1/stats/overview?gridCode=" + TestCounty.EAST_TOWN, admin).body();
        assertThat(overview.get("followUpCalls").asLong()).isEqualTo(2);
        assertThat(overview.get("followUpSatisfaction").asDouble()).isEqualTo(0.5);
        assertThat(overview.get("followUpUnreached").asLong()).isEqualTo(1);
        assertThat(overview.get("satisfaction").asDouble()).as("the ratings beside them").isEqualTo(5.0);
    }

    @Test
    void eachRoleAndScopeIsAnsweredAsAllowedAndPhonesAreMasked() {
        String path = "/api/v1/events/" + closed.get(0) + "/followup";
        String body = "{\"result\":\"SATISFIED\"}";
        assertThat(api.post(path, body, null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/followups/sample", null).status()).isEqualTo(401);
        String viewer = token("VIEWER", TestCounty.EAST_TOWN);
        assertThat(api.post(path, body, viewer).status()).isEqualTo(403);
        String west = token("SUPERVISOR", TestCounty.WEST_TOWN);
        assertThat(api.post(path, body, west).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/followups/sample?gridCode=" + TestCounty.EAST_TOWN, west).status()).isEqualTo(403);
        assertThat(numbers(api.get("/api/v1/followups/sample", west).body())).isEmpty();
        assertThat(api.post(path, "{\"result\":\"MAYBE\"}", admin).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/events/" + closed.get(0) + "/followup", body, admin).status()).isEqualTo(200);

        AdminClient.Answer seen = api.get("/api/v1/followups/sample?size=10", viewer);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.raw()).doesNotContain("13912345678").doesNotContain("o-call-");
        seen.body().get("items").forEach(i -> assertThat(i.get("reporterOpenid").isNull()).isTrue());
    }

    /** A resident's complaint handled by the grid's worker: resolved, and closed by a rating of 5 when asked. */
    private String handled(String resident, String text, boolean close) {
        String number = WeChatClient.eventNumberIn(wx.text(resident, text).content());
        String worker = events.findByNumber(number).orElseThrow().assigneeCode().equals(TestCounty.WORKER_ONE)
                ? TestCounty.WORKER_ONE_OPENID : TestCounty.WORKER_TWO_OPENID;
        wx.text(worker, "签收 " + number);
        wx.text(worker, "办结 " + number + " 已处理");
        if (close) {
            wx.text(resident, "5");
        }
        return number;
    }

    private int dispatcherPushes() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE worker_code = ?", Integer.class, TestCounty.DISPATCHER);
    }

    private static List<String> numbers(JsonNode sample) {
        List<String> numbers = new ArrayList<>();
        sample.get("items").forEach(i -> numbers.add(i.get("number").asString()));
        return numbers;
    }

    private String token(String role, String unit) {
        return api.post("/api/v1/tokens", "{\"role\":\"" + role + "\",\"unitCode\":\"" + unit + "\",\"label\":\"" + role + " "
                + unit + "\"}", admin).body().get("token").asString();
    }
}
