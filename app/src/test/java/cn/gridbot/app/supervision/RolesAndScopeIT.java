package cn.gridbot.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.gridbot.admin.security.AdminProperties;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestClock;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.wechat.WeChatProperties;
import tools.jackson.databind.JsonNode;

/** What each role may and may not see or do (README "Admin API"), on the real database. */
@IntegrationTest
class RolesAndScopeIT {

    @Autowired
    Clients clients;
    @Autowired
    AdminProperties admin;
    @Autowired
    WeChatProperties wechat;
    @Autowired
    TestCounty county;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

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
        api.call("POST", "/api/v1/residents/import", "text/csv",
                "name,gender,birthDate,phone,address,gridCode,tags,visitIntervalDays,lastVisitDate,openid\n"
                        + "付良容,F,1938-05-16,13900001111,幸福路12号,TC-A-1-01,ELDERLY,14,,\n", admin.bootstrapToken());
    }

    private String token(String role, String unit) {
        AdminClient.Answer created = api.post("/api/v1/tokens",
                "{\"role\":\"" + role + "\",\"unitCode\":\"" + unit + "\",\"label\":\"" + role + " " + unit + "\"}",
                admin.bootstrapToken());
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("token").asString();
    }

    @Test
    void aSupervisorSeesAndActsOnlyInsideTheirTownship() {
        String east = token("SUPERVISOR", TestCounty.EAST_TOWN);
        assertThat(api.get("/api/v1/events/" + eastEvent, east).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/events/" + westEvent, east).status()).isEqualTo(404);
        JsonNode list = api.get("/api/v1/events", east).body();
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("number").asString()).isEqualTo(eastEvent);
        assertThat(api.get("/api/v1/events?gridCode=" + TestCounty.WEST_TOWN, east).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/events/" + westEvent + "/escalate", "{\"note\":\"x\"}", east).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/workers", east).body().get("total").asInt()).isEqualTo(3);
        assertThat(api.get("/api/v1/stats/overview?gridCode=" + TestCounty.WEST_TOWN, east).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/tokens", "{\"role\":\"VIEWER\",\"unitCode\":\"TC\",\"label\":\"x\"}", east).status())
                .isEqualTo(403);
        assertThat(api.call("POST", "/api/v1/grids/import", "application/json", "{}", east).status()).isEqualTo(403);
    }

    @Test
    void personalDataIsMaskedForNonAdminReaders() {
        String viewer = token("VIEWER", TestCounty.EAST_TOWN);
        JsonNode resident = api.get("/api/v1/residents", viewer).body().get("items").get(0);
        assertThat(resident.get("phone").asString()).isEqualTo("139****1111");
        assertThat(api.get("/api/v1/events/" + eastEvent, viewer).body().get("description").asString())
                .contains("139****5678").doesNotContain("13912345678");
        assertThat(api.get("/api/v1/residents", admin.bootstrapToken()).body().get("items").get(0).get("phone").asString())
                .isEqualTo("13900001111");
    }

    @Test
    void aViewerMayOnlyRead() {
        String viewer = token("VIEWER", TestCounty.EAST_TOWN);
        assertThat(api.get("/api/v1/events", viewer).status()).isEqualTo(200);
        AdminClient.Answer refused = api.post("/api/v1/events/" + eastEvent + "/assign", "{\"workerCode\":\"W101\"}", viewer);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void tokensAreStoredHashedExpireAndCanBeRevoked() {
        AdminClient.Answer created = api.post("/api/v1/tokens",
                "{\"role\":\"SUPERVISOR\",\"unitCode\":\"TC-A\",\"label\":\"东城中心\",\"expiresAt\":\""
                        + clock.instant().plusSeconds(3600) + "\"}", admin.bootstrapToken());
        String secret = created.body().get("token").asString();
        long id = created.body().get("id").asLong();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM admin_token WHERE token_hash = ?", Integer.class, secret)).isZero();
        assertThat(api.get("/api/v1/tokens", admin.bootstrapToken()).raw()).doesNotContain(secret);
        assertThat(api.get("/api/v1/events", secret).status()).isEqualTo(200);
        clock.advance(Duration.ofHours(2));
        assertThat(api.get("/api/v1/events", secret).status()).isEqualTo(401);
        clock.reset();
        assertThat(api.delete("/api/v1/tokens/" + id, admin.bootstrapToken()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/events", secret).status()).isEqualTo(401);
    }

    @Test
    void refusedTransitionsAre409AndActionsWriteTheTimelineAndTheAuditTrail() {
        AdminClient.Answer close = api.post("/api/v1/events/" + eastEvent + "/close", "{\"note\":\"x\"}", admin.bootstrapToken());
        assertThat(close.status()).isEqualTo(409);
        assertThat(close.body().get("code").asString()).isEqualTo("illegal-transition");
        AdminClient.Answer assign = api.post("/api/v1/events/" + westEvent + "/assign",
                "{\"workerCode\":\"W102\",\"note\":\"西城无网格,临时派给李二\"}", admin.bootstrapToken());
        assertThat(assign.status()).isEqualTo(200);
        assertThat(assign.body().get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(assign.body().get("gridCode").asString()).isEqualTo(TestCounty.GRID_TWO);
        assertThat(assign.body().get("timeline").findValues("note").toString()).contains("临时派给李二");
        JsonNode audit = api.get("/api/v1/audit", admin.bootstrapToken()).body();
        assertThat(audit.get("items").findValues("path").toString()).contains("/assign").contains("/close");
        assertThat(audit.get("items").get(0).get("actor").asString()).isEqualTo("bootstrap");
        AdminClient.Answer invalid = api.post("/api/v1/events/" + eastEvent + "/assign", "{\"note\":\"no worker\"}",
                admin.bootstrapToken());
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().get("field").asString()).isEqualTo("workerCode");
    }
}
