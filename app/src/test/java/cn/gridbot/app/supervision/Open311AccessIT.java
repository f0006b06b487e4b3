package cn.gridbot.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gridbot.admin.security.AdminProperties;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.wechat.WeChatProperties;
import tools.jackson.databind.JsonNode;

/**
 * Open311: the services are public; every read of requests needs a token, as {@code api_key}
 * or bearer, and shows only the token's units; a post is written to the audit trail, without its key.
 */
@IntegrationTest
class Open311AccessIT {

    @Autowired
    Clients clients;
    @Autowired
    AdminProperties admin;
    @Autowired
    WeChatProperties wechat;
    @Autowired
    TestCounty county;

    AdminClient api;
    String eastEvent;
    String westEvent;

    @BeforeEach
    void setUp() {
        county.load();
        api = clients.api();
        WeChatClient wx = clients.wechat();
        eastEvent = WeChatClient.eventNumberIn(wx.text("o-east", "幸福路下水道堵了 我电话13912345678").content());
        westEvent = WeChatClient.eventNumberIn(wx.text("o-west", "西城镇街上路灯全坏了").content());
    }

    private String token(String role, String unit) {
        return api.post("/api/v1/tokens", "{\"role\":\"" + role + "\"" + (unit == null ? "" : ",\"unitCode\":\"" + unit + "\"")
                + ",\"label\":\"" + role + "\"}", admin.bootstrapToken()).body().get("token").asString();
    }

    @Test
    void readingRequestsNeedsAKeyWhileTheServicesStayPublic() {
        assertThat(api.get("/open311/v2/services.json", null).status()).isEqualTo(200);
        for (String path : new String[] { "/open311/v2/requests.json", "/open311/v2/requests/" + eastEvent + ".json",
                "/open311/v2/requests.json?service_request_id=" + eastEvent }) {
            AdminClient.Answer refused = api.get(path, null);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.body().get(0).get("code").asInt()).isEqualTo(403);
            assertThat(refused.raw()).doesNotContain("幸福路");
            assertThat(api.get(path + (path.contains("?") ? "&" : "?") + "api_key=gbt_not-a-token", null).status())
                    .isEqualTo(403);
        }
        String metrics = token("METRICS", null);
        assertThat(api.get("/open311/v2/requests.json?api_key=" + metrics, null).status()).isEqualTo(403);
    }

    @Test
    void aKeyReadsOnlyItsOwnUnitsByApiKeyOrBearer() {
        String east = token("SUPERVISOR", TestCounty.EAST_TOWN);
        JsonNode list = api.get("/open311/v2/requests.json?api_key=" + east, null).body();
        assertThat(list.findValuesAsString("service_request_id")).containsExactly(eastEvent);
        assertThat(api.get("/open311/v2/requests.json", east).body().findValuesAsString("service_request_id"))
                .containsExactly(eastEvent);
        assertThat(api.get("/open311/v2/requests.json?service_request_id=" + eastEvent + "," + westEvent + "&api_key=" + east,
                null).body().findValuesAsString("service_request_id")).containsExactly(eastEvent);
        assertThat(api.get("/open311/v2/requests/" + westEvent + ".json?api_key=" + east, null).status()).isEqualTo(404);
        JsonNode one = api.get("/open311/v2/requests/" + eastEvent + ".json?api_key=" + east, null).body().get(0);
        assertThat(one.get("description").asString()).contains("139****5678").doesNotContain("13912345678");
    }

    @Test
    void aPostIsAuditedWithoutItsApiKey() {
        String east = token("SUPERVISOR", TestCounty.EAST_TOWN);
        String form = "service_code=ENVIRONMENT&lat=30.005&long=104.015&description="
                + URLEncoder.encode("建设路有人倒建筑垃圾", StandardCharsets.UTF_8);
        assertThat(api.call("POST", "/open311/v2/requests.json", "application/x-www-form-urlencoded",
                form + "&api_key=" + east, null).status()).isEqualTo(201);
        assertThat(api.call("POST", "/open311/v2/requests.json?api_key=" + east, "application/x-www-form-urlencoded",
                form, null).status()).isEqualTo(201);
        AdminClient.Answer audit = api.get("/api/v1/audit", admin.bootstrapToken());
        List<JsonNode> posts = new ArrayList<>();
        audit.body().get("items").forEach(entry -> {
            if (entry.get("path").asString().startsWith("/open311")) {
                posts.add(entry);
            }
        });
        assertThat(posts).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.get("path").asString()).isEqualTo("/open311/v2/requests.json");
            assertThat(entry.get("method").asString()).isEqualTo("POST");
            assertThat(entry.get("actor").asString()).isEqualTo("SUPERVISOR");
            assertThat(entry.get("status").asInt()).isEqualTo(201);
        });
        assertThat(audit.raw()).doesNotContain(east);
    }
}
