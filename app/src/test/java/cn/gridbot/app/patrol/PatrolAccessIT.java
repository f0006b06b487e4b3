package cn.gridbot.app.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestClock;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.WeChatClient;
import tools.jackson.databind.JsonNode;

/**
 * The patrol endpoints by role and scope (README "The grid worker's own day"): no token 401; a VIEWER and a SUPERVISOR
 * of the east township read east's patrols; a SUPERVISOR of the west township is refused east's (403 for a list or
 * figures asked for by unit, 404 for one patrol) and sees none of them in its own list; an ADMIN reads all. A phone
 * number a worker wrote in a patrol note is masked for everyone but an ADMIN, and no openid is ever shown.
 */
@IntegrationTest
class PatrolAccessIT {

    private static final String NOTE = "巡查时居民反映噪音,电话13912345678";

    @Autowired
    Clients clients;
    @Autowired
    TestCounty county;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    AdminClient api;
    String viewer;
    String supervisorIn;
    String supervisorOut;
    String admin;
    long patrol;

    @BeforeEach
    void setUp() {
        county.load();
        api = clients.api();
        admin = clients.adminToken();
        viewer = token("VIEWER", TestCounty.EAST_TOWN);
        supervisorIn = token("SUPERVISOR", TestCounty.EAST_TOWN);
        supervisorOut = token("SUPERVISOR", TestCounty.WEST_TOWN);
        WeChatClient wx = clients.wechat();
        wx.text(TestCounty.WORKER_ONE_OPENID, "巡查");
        wx.location(TestCounty.WORKER_ONE_OPENID, 104.005, 30.005, "幸福路5号");
        clock.advance(Duration.ofMinutes(21));
        assertThat(wx.text(TestCounty.WORKER_ONE_OPENID, "结束巡查 " + NOTE).content()).contains("巡查结束");
        patrol = jdbc.queryForObject("SELECT id FROM patrol", Long.class);
    }

    private String token(String role, String unit) {
        return api.post("/api/v1/tokens", "{\"role\":\"" + role + "\",\"unitCode\":\"" + unit + "\",\"label\":\"" + role + "\"}",
                clients.adminToken()).body().get("token").asString();
    }

    @Test
    void eachRoleReadsThePatrolsOfItsOwnUnitsOnly() {
        String east = "?gridCode=" + TestCounty.EAST_TOWN;
        for (String path : new String[] { "/api/v1/patrols" + east, "/api/v1/patrols/" + patrol, "/api/v1/stats/patrols" + east }) {
            assertThat(api.get(path, null).status()).as(path + " without a token").isEqualTo(401);
            assertThat(api.get(path, viewer).status()).as(path + " as east's VIEWER").isEqualTo(200);
            assertThat(api.get(path, supervisorIn).status()).as(path + " as east's SUPERVISOR").isEqualTo(200);
            assertThat(api.get(path, admin).status()).as(path + " as ADMIN").isEqualTo(200);
        }
        assertThat(api.get("/api/v1/patrols" + east, supervisorOut).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/stats/patrols" + east, supervisorOut).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/patrols/" + patrol, supervisorOut).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/patrols", supervisorOut).body().get("total").asLong()).isZero();
        assertThat(api.get("/api/v1/patrols", supervisorIn).body().get("total").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/stats/patrols", supervisorOut).body().get("unitCode").asString())
                .isEqualTo(TestCounty.WEST_TOWN);
    }

    @Test
    void patrolNotesAreMaskedForEveryoneButAnAdminAndNoOpenidIsShown() {
        for (String token : new String[] { viewer, supervisorIn }) {
            AdminClient.Answer list = api.get("/api/v1/patrols", token);
            AdminClient.Answer one = api.get("/api/v1/patrols/" + patrol, token);
            assertThat(list.body().get("items").get(0).get("note").asString()).contains("139****5678").doesNotContain("13912345678");
            assertThat(one.body().get("note").asString()).contains("139****5678");
            assertThat(list.raw() + one.raw()).doesNotContain("13912345678").doesNotContain(TestCounty.WORKER_ONE_OPENID);
        }
        AdminClient.Answer asAdmin = api.get("/api/v1/patrols/" + patrol, admin);
        assertThat(asAdmin.body().get("note").asString()).isEqualTo(NOTE);
        assertThat(asAdmin.raw()).doesNotContain(TestCounty.WORKER_ONE_OPENID);
        JsonNode track = asAdmin.body().get("track");
        assertThat(track.get("coordinates")).hasSize(1);
    }
}
