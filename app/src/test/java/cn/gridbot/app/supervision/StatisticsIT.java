package cn.gridbot.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gridbot.admin.security.AdminProperties;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.wechat.WeChatProperties;
import tools.jackson.databind.JsonNode;

/** The overview and the 督查通报 follow events through their lifecycle, kept counters and raw counts alike. */
@IntegrationTest
class StatisticsIT {

    @Autowired
    Clients clients;
    @Autowired
    AdminProperties admin;
    @Autowired
    WeChatProperties wechat;
    @Autowired
    TestCounty county;

    AdminClient api;
    WeChatClient wx;

    @BeforeEach
    void setUp() {
        county.load();
        api = clients.api();
        wx = clients.wechat();
    }

    private String report(String text) {
        return WeChatClient.eventNumberIn(wx.text("o-r" + text.hashCode(), text).content());
    }

    private void resolveAndRate(String worker, String number, int rating) {
        wx.text(worker, "签收 " + number);
        wx.text(worker, "办结 " + number + " 已处理");
        wx.text("o-rate", "noop");
    }

    @Test
    void completionOnTimeSatisfactionAndTheRanking() {
        String a = report("幸福路下水道堵了");
        String b = report("幸福路路灯坏了");
        String c = report("建设路井盖不见了");
        String d = report("西城镇街上垃圾堆成山");
        String cancelled = report("阳光小区有人乱停车");
        wx.text(TestCounty.WORKER_ONE_OPENID, "签收 " + a);
        wx.text(TestCounty.WORKER_ONE_OPENID, "办结 " + a + " 已疏通");
        wx.text("o-r" + "幸福路下水道堵了".hashCode(), "评价 " + a + " 4");
        wx.text(TestCounty.WORKER_ONE_OPENID, "签收 " + b);
        wx.text(TestCounty.WORKER_TWO_OPENID, "签收 " + c);
        wx.text(TestCounty.WORKER_TWO_OPENID, "办结 " + c + " 已盖好");
        wx.text("o-r" + "阳光小区有人乱停车".hashCode(), "撤销 " + cancelled);

        for (String scope : new String[] { "", "?gridCode=TC-A", "?gridCode=TC-A-1" }) {
            JsonNode o = api.get("/api/v1/stats/overview" + scope, admin.bootstrapToken()).body();
            boolean county = scope.isEmpty();
            assertThat(o.get("received").asInt()).as(scope).isEqualTo(county ? 4 : 3);
            assertThat(o.get("resolved").asInt()).as(scope).isEqualTo(2);
            assertThat(o.get("cancelled").asInt()).as(scope).isEqualTo(1);
            assertThat(o.get("completionRate").asDouble()).as(scope).isEqualTo(county ? 0.5 : 0.6667);
            assertThat(o.get("onTimeRate").asDouble()).as(scope).isEqualTo(1.0);
            assertThat(o.get("signOnTimeRate").asDouble()).as(scope).isEqualTo(1.0);
            assertThat(o.get("satisfaction").asDouble()).as(scope).isEqualTo(4.0);
            assertThat(o.get("byCategory").findValues("category").toString()).as(scope).contains("MUNICIPAL");
        }
        JsonNode county = api.get("/api/v1/stats/overview", admin.bootstrapToken()).body();
        assertThat(county.get("byChild").findValues("unitCode").toString()).contains("TC-A").contains("TC-B");
        JsonNode community = api.get("/api/v1/stats/overview?gridCode=TC-A-1", admin.bootstrapToken()).body();
        assertThat(community.get("byChild").findValues("unitCode").toString()).contains("TC-A-1-01").contains("TC-A-1-02");

        JsonNode ranking = api.get("/api/v1/stats/report?gridCode=TC-A-1", admin.bootstrapToken()).body();
        assertThat(ranking.get("items").get(0).get("unitCode").asString()).isEqualTo("TC-A-1-02");
        assertThat(ranking.get("items").get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(ranking.get("items").get(0).get("completionRate").asDouble()).isEqualTo(1.0);
        assertThat(ranking.get("items").get(1).get("completionRate").asDouble()).isEqualTo(0.5);
        JsonNode townships = api.get("/api/v1/stats/report", admin.bootstrapToken()).body();
        assertThat(townships.get("items").findValues("unitCode").toString()).contains("TC-A").contains("TC-B");

        JsonNode grid = api.get("/api/v1/stats/overview?gridCode=TC-A-1-02", admin.bootstrapToken()).body();
        assertThat(grid.get("received").asInt()).isEqualTo(1);
        assertThat(grid.get("resolved").asInt()).isEqualTo(1);

        // The township-only complaint gets a place: the event moves to a grid, its counts with it.
        assertThat(wx.location("o-r" + "西城镇街上垃圾堆成山".hashCode(), 104.015, 30.005, "建设路8号").content()).contains(d);
        assertThat(api.get("/api/v1/events/" + d, admin.bootstrapToken()).body().get("gridCode").asString())
                .isEqualTo(TestCounty.GRID_TWO);
        assertListTotals(Map.of("", 5, "TC-A", 5, "TC-A-1", 5, "TC-A-1-01", 3, "TC-A-1-02", 2, "TC-B", 0));

        String[] scopes = { "", "?gridCode=TC-A", "?gridCode=TC-A-1", "?gridCode=TC-A-1-01", "?gridCode=TC-A-1-02" };
        List<JsonNode> kept = new ArrayList<>();
        for (String scope : scopes) {
            kept.add(api.get("/api/v1/stats/overview" + scope, admin.bootstrapToken()).body());
        }
        assertThat(api.post("/api/v1/stats/rebuild", "", admin.bootstrapToken()).status()).isEqualTo(202);
        for (int i = 0; i < scopes.length; i++) {
            assertThat(api.get("/api/v1/stats/overview" + scopes[i], admin.bootstrapToken()).body())
                    .as("counters recounted from the events, at every level: " + scopes[i]).isEqualTo(kept.get(i));
        }
        assertListTotals(Map.of("", 5, "TC-A", 5, "TC-A-1", 5, "TC-A-1-01", 3, "TC-A-1-02", 2, "TC-B", 0));
    }

    /** The list's total for a scope alone (kept per unit) agrees with a count of the events themselves. */
    private void assertListTotals(Map<String, Integer> expected) {
        String everyStatus = Arrays.stream(EventStatus.values()).map(Enum::name).collect(Collectors.joining(","));
        expected.forEach((scope, total) -> {
            String query = scope.isEmpty() ? "" : "&gridCode=" + scope;
            assertThat(api.get("/api/v1/events?size=1" + query, admin.bootstrapToken()).body().get("total").asInt())
                    .as("scope " + scope).isEqualTo(total);
            assertThat(api.get("/api/v1/events?size=1&status=" + everyStatus + query, admin.bootstrapToken()).body()
                    .get("total").asInt()).as("scope " + scope + ", counted").isEqualTo(total);
        });
    }
}
