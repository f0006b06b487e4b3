package cn.gridbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gridbot.admin.security.AdminProperties;
import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestClock;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.WeChatClient;

/**
 * Console accounts and sessions through the API: only an ADMIN makes accounts; passwords are kept as BCrypt
 * hashes; a session token carries its account's role and scope and is never a cookie; five wrong passwords lock
 * the account for 15 minutes; a session ends after 12 hours or when signed out.
 */
@IntegrationTest
class ConsoleAccountsIT {

    private static final String PASSWORD = "correct-horse-7";

    @LocalServerPort
    int port;
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

    AdminClient api;

    @BeforeEach
    void setUp() {
        county.load();
        api = clients.api();
    }

    private AdminClient.Answer create(String username, String role, String unit, String token) {
        return api.post("/api/v1/users", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"role\":\""
                + role + "\"" + (unit == null ? "" : ",\"unitCode\":\"" + unit + "\"") + "}", token);
    }

    private AdminClient.Answer signIn(String username, String password) {
        return api.post("/api/v1/session", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null);
    }

    private String session(String username) {
        AdminClient.Answer signed = signIn(username, PASSWORD);
        assertThat(signed.status()).as(signed.raw()).isEqualTo(201);
        return signed.body().get("token").asString();
    }

    @Test
    void onlyAnAdminMakesAccountsAndPasswordsAreKeptAsBcryptHashes() {
        assertThat(create("east", "SUPERVISOR", TestCounty.EAST_TOWN, admin.bootstrapToken()).status()).isEqualTo(201);
        String east = session("east");
        String viewer = api.post("/api/v1/tokens", "{\"role\":\"VIEWER\",\"unitCode\":\"TC\",\"label\":\"v\"}",
                admin.bootstrapToken()).body().get("token").asString();
        assertThat(create("x1", "VIEWER", TestCounty.EAST_TOWN, null).status()).isEqualTo(401);
        assertThat(create("x2", "VIEWER", TestCounty.EAST_TOWN, east).status()).isEqualTo(403);
        assertThat(create("x3", "VIEWER", TestCounty.EAST_TOWN, viewer).status()).isEqualTo(403);
        assertThat(create("east", "VIEWER", TestCounty.EAST_TOWN, admin.bootstrapToken()).status()).isEqualTo(409);
        assertThat(create("x4", "SUPERVISOR", null, admin.bootstrapToken()).status()).isEqualTo(400);
        assertThat(create("x5", "METRICS", null, admin.bootstrapToken()).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/users", "{\"username\":\"x6\",\"password\":\"short\",\"role\":\"ADMIN\"}",
                admin.bootstrapToken()).status()).isEqualTo(400);

        String hash = jdbc.queryForObject("SELECT password_hash FROM console_user WHERE username = 'east'", String.class);
        assertThat(hash).startsWith("$2").doesNotContain(PASSWORD);
        AdminClient.Answer listed = api.get("/api/v1/users", admin.bootstrapToken());
        assertThat(listed.body().findValuesAsString("username")).containsExactly("east");
        assertThat(listed.raw()).doesNotContain(hash).doesNotContain("password");
        assertThat(api.get("/api/v1/users", east).status()).isEqualTo(403);
    }

    @Test
    void aSessionCarriesItsAccountsRoleAndScopeAndIsNoCookie() throws Exception {
        create("east", "SUPERVISOR", TestCounty.EAST_TOWN, admin.bootstrapToken());
        create("reader", "VIEWER", TestCounty.COUNTY, admin.bootstrapToken());
        WeChatClient wx = clients.wechat();
        String event = WeChatClient.eventNumberIn(wx.text("o-east", "幸福路下水道堵了 我电话13912345678").content());

        HttpResponse<String> raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/session")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"east\",\"password\":\"" + PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(raw.statusCode()).isEqualTo(201);
        assertThat(raw.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(raw.body()).contains("\"token\":\"gbs_").contains("\"role\":\"SUPERVISOR\"").contains("\"unitCode\":\"TC-A\"");

        String east = session("east");
        AdminClient.Answer who = api.get("/api/v1/session", east);
        assertThat(who.body().get("username").asString()).isEqualTo("east");
        assertThat(who.body().get("unitName").asString()).isEqualTo("东城镇");
        assertThat(api.get("/api/v1/events?gridCode=" + TestCounty.EAST_TOWN, east).body().get("total").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/events?gridCode=" + TestCounty.WEST_TOWN, east).status()).isEqualTo(403);
        AdminClient.Answer one = api.get("/api/v1/events/" + event, east);
        assertThat(one.raw()).contains("139****5678").doesNotContain("13912345678");
        assertThat(api.get("/actuator/prometheus", east).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/events/" + event + "/escalate", "{\"note\":\"x\"}", session("reader")).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/events/" + event, session("reader")).raw()).doesNotContain("13912345678");
        assertThat(jdbc.queryForList("SELECT token_hash FROM console_session", String.class))
                .allSatisfy(h -> assertThat(h).hasSize(64).doesNotStartWith("gbs_"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() {
        create("careless", "SUPERVISOR", TestCounty.EAST_TOWN, admin.bootstrapToken());
        AdminClient.Answer unknown = signIn("nobody", PASSWORD);
        AdminClient.Answer wrong = signIn("careless", "wrong-1");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.body().get("code").asString()).isEqualTo(wrong.body().get("code").asString());
        for (int i = 2; i <= 4; i++) {
            assertThat(signIn("careless", "wrong-" + i).status()).isEqualTo(401);
        }
        AdminClient.Answer locked = signIn("careless", "wrong-5");
        assertThat(locked.status()).isEqualTo(423);
        assertThat(locked.body().get("code").asString()).isEqualTo("account-locked");
        assertThat(signIn("careless", PASSWORD).status()).as("even the right password").isEqualTo(423);
        clock.advance(Duration.ofMinutes(14));
        assertThat(signIn("careless", PASSWORD).status()).isEqualTo(423);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(signIn("careless", PASSWORD).status()).isEqualTo(201);
        // A success starts the count again: four more wrong passwords do not lock it.
        for (int i = 1; i <= 4; i++) {
            assertThat(signIn("careless", "again-" + i).status()).isEqualTo(401);
        }
        assertThat(signIn("careless", PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void aSessionEndsAfterTwelveHoursOrWhenSignedOut() {
        create("east", "SUPERVISOR", TestCounty.EAST_TOWN, admin.bootstrapToken());
        String first = session("east");
        String second = session("east");
        assertThat(api.delete("/api/v1/session", second).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/session", second).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/session", first).status()).isEqualTo(200);

        clock.advance(Duration.ofHours(12).minusMinutes(1));
        assertThat(api.get("/api/v1/events", first).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(2));
        assertThat(api.get("/api/v1/events", first).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/session", first).status()).isEqualTo(401);
    }
}
