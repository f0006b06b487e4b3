package cn.gridbot.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
import cn.gridbot.wechat.WeChatProperties;
import tools.jackson.databind.JsonNode;

/**
 * What a scoped token may not do: run county-wide reminders, resolve an openid outside its
 * units, reach a unit whose code only looks like its own through a LIKE wildcard, write a mask over a
 * real number, set an openid, or read openids at all. And a long token label still acts.
 */
@IntegrationTest
class ScopeRulesIT {

    private static final String RESIDENTS = "name,gender,birthDate,phone,address,gridCode,tags,visitIntervalDays,lastVisitDate,openid\n";

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

    AdminClient api;
    WeChatClient wx;
    String eastEvent;
    long residentId;

    @BeforeEach
    void setUp() {
        county.load();
        api = clients.api();
        wx = clients.wechat();
        eastEvent = WeChatClient.eventNumberIn(wx.text("o-east", "幸福路下水道堵了,臭得很").content());
        api.call("POST", "/api/v1/residents/import", "text/csv",
                RESIDENTS + "付良容,F,1938-05-16,13900001111,幸福路12号,TC-A-1-01,ELDERLY,14,,o-fu\n", admin.bootstrapToken());
        residentId = jdbc.queryForObject("SELECT id FROM resident WHERE name = '付良容'", Long.class);
    }

    private String token(String role, String unit) {
        return token(role, unit, role + " " + unit);
    }

    private String token(String role, String unit, String label) {
        AdminClient.Answer created = api.post("/api/v1/tokens", "{\"role\":\"" + role + "\",\"unitCode\":\"" + unit
                + "\",\"label\":\"" + label + "\"}", admin.bootstrapToken());
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("token").asString();
    }

    @Test
    void onlyAnAdminRunsTheCountyWideReminders() {
        String supervisor = token("SUPERVISOR", TestCounty.EAST_TOWN);
        AdminClient.Answer refused = api.post("/api/v1/reminders/run?date=2026-11-27", null, supervisor);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(state("reminder_run")).isZero();
        assertThat(api.post("/api/v1/reminders/run?date=2026-11-27", null, admin.bootstrapToken()).status()).isEqualTo(200);
    }

    @Test
    void theRoutingPreviewResolvesAnOpenidOnlyInsideTheTokensUnits() {
        String body = "{\"text\":\"下水道堵了\",\"openid\":\"o-fu\"}";
        JsonNode inside = api.post("/api/v1/routing/preview", body, token("SUPERVISOR", TestCounty.EAST_TOWN)).body();
        assertThat(inside.get("matchedBy").asString()).isEqualTo("REGISTERED");
        assertThat(inside.get("gridCode").asString()).isEqualTo(TestCounty.GRID_ONE);
        JsonNode outside = api.post("/api/v1/routing/preview", body, token("SUPERVISOR", TestCounty.WEST_TOWN)).body();
        assertThat(outside.get("matchedBy").asString()).isEqualTo("NONE");
        assertThat(outside.get("gridCode").isNull()).isTrue();
    }

    @Test
    void unitCodesAreMatchedLiterallySoAnUnderscoreIsNoWildcard() {
        String units = "{\"type\":\"FeatureCollection\",\"features\":["
                + TestCounty.feature("T_X", "下划线镇", "TOWNSHIP", TestCounty.COUNTY, "\"下划线镇\"", null) + ","
                + TestCounty.feature("TAX", "塔溪镇", "TOWNSHIP", TestCounty.COUNTY, "\"塔溪镇\"", null) + ","
                + TestCounty.feature("TAX-1", "塔溪社区", "COMMUNITY", "TAX", "\"塔溪社区\"", null) + ","
                + TestCounty.feature("TAX-1-01", "塔溪路网格", "GRID", "TAX-1", "\"塔溪路\"",
                        TestCounty.square(104.100, 30.100, 104.110, 30.110)) + "]}";
        assertThat(api.call("POST", "/api/v1/grids/import", "application/json", units, admin.bootstrapToken()).status())
                .isEqualTo(200);
        api.call("POST", "/api/v1/workers/import", "text/csv", "code,name,phone,gridCode,openid\nW201,塔一,13800000201,TAX-1-01,o-w201\n",
                admin.bootstrapToken());
        api.call("POST", "/api/v1/residents/import", "text/csv", RESIDENTS + "塔溪居民,M,1950-01-01,,塔溪路1号,TAX-1-01,ELDERLY,,,\n",
                admin.bootstrapToken());
        wx.text("o-tax", "塔溪路井盖丢了,很危险");
        assertThat(api.get("/api/v1/events?gridCode=TAX", admin.bootstrapToken()).body().get("total").asInt()).isEqualTo(1);

        String underscore = token("SUPERVISOR", "T_X");
        for (String path : new String[] { "/api/v1/events", "/api/v1/workers", "/api/v1/residents", "/api/v1/notifications" }) {
            AdminClient.Answer answer = api.get(path, underscore);
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.body().get("total").asInt()).as(path).isZero();
        }
        assertThat(api.get("/api/v1/events.csv", underscore).raw().lines().count()).isEqualTo(1);
    }

    @Test
    void aMaskedValueIsNeverWrittenOverARealNumberAndOnlyAnAdminSetsOpenids() {
        String supervisor = token("SUPERVISOR", TestCounty.EAST_TOWN);
        String path = "/api/v1/residents/" + residentId;
        String base = "\"name\":\"付良容\",\"gender\":\"F\",\"birthDate\":\"1938-05-16\",\"address\":\"幸福路12号\","
                + "\"gridCode\":\"TC-A-1-01\",\"tags\":[\"ELDERLY\"],\"visitIntervalDays\":14";
        AdminClient.Answer maskedPhone = api.call("PUT", path, "application/json", "{" + base + ",\"phone\":\"139****1111\"}", supervisor);
        assertThat(maskedPhone.status()).isEqualTo(400);
        assertThat(maskedPhone.body().get("code").asString()).isEqualTo("phone");
        AdminClient.Answer maskedId = api.call("PUT", path, "application/json",
                "{" + base + ",\"idNumber\":\"510101********1234\"}", admin.bootstrapToken());
        assertThat(maskedId.status()).isEqualTo(400);
        assertThat(maskedId.body().get("code").asString()).isEqualTo("idNumber");
        AdminClient.Answer openid = api.call("PUT", path, "application/json", "{" + base + ",\"openid\":\"o-hijack\"}", supervisor);
        assertThat(openid.status()).isEqualTo(403);

        assertThat(api.call("PUT", path, "application/json", "{" + base + ",\"visitIntervalDays\":7}", supervisor).status())
                .isEqualTo(200);
        JsonNode stored = api.get(path, admin.bootstrapToken()).body();
        assertThat(stored.get("phone").asString()).isEqualTo("13900001111");
        assertThat(stored.get("openid").asString()).isEqualTo("o-fu");
        assertThat(stored.get("visitIntervalDays").asInt()).isEqualTo(7);

        assertThat(api.call("PUT", path, "application/json", "{" + base + ",\"openid\":\"o-fu-new\"}", admin.bootstrapToken())
                .status()).isEqualTo(200);
        assertThat(api.get(path, admin.bootstrapToken()).body().get("openid").asString()).isEqualTo("o-fu-new");
        assertThat(api.call("POST", "/api/v1/workers/import", "text/csv", "code,name,phone,gridCode,openid\nW101,王一,,TC-A-1-01,o-x\n",
                supervisor).status()).isEqualTo(403);
    }

    @Test
    void openidsAreShownToAdminsOnly() {
        String viewer = token("VIEWER", TestCounty.EAST_TOWN);
        JsonNode worker = api.get("/api/v1/workers?gridCode=" + TestCounty.GRID_ONE, viewer).body().get("items").get(0);
        assertThat(worker.get("code").asString()).isEqualTo(TestCounty.WORKER_ONE);
        assertThat(worker.get("openid").isNull()).isTrue();
        assertThat(worker.get("bound").asBoolean()).isTrue();
        assertThat(worker.get("phone").asString()).isEqualTo("138****0101");
        assertThat(api.get("/api/v1/events/" + eastEvent, viewer).body().get("reporterOpenid").isNull()).isTrue();
        assertThat(api.get("/api/v1/residents/" + residentId, viewer).body().get("openid").isNull()).isTrue();
        for (String path : new String[] { "/api/v1/notifications", "/api/v1/events", "/api/v1/workers", "/api/v1/residents",
                "/api/v1/events.csv" }) {
            assertThat(api.get(path, viewer).raw()).as(path).doesNotContain(TestCounty.WORKER_ONE_OPENID)
                    .doesNotContain("o-east").doesNotContain("o-fu");
        }
        assertThat(api.get("/api/v1/notifications", admin.bootstrapToken()).raw()).contains(TestCounty.WORKER_ONE_OPENID);
        assertThat(api.get("/api/v1/events/" + eastEvent, admin.bootstrapToken()).body().get("reporterOpenid").asString())
                .isEqualTo("o-east");
    }

    @Test
    void aTokenWithALongLabelStillActsAndTheLabelIsRecorded() throws Exception {
        String label = "岳阳镇网格化服务管理分中心".repeat(7) + "督查组";
        assertThat(label.length()).isEqualTo(94);
        String supervisor = token("SUPERVISOR", TestCounty.EAST_TOWN, label);
        AdminClient.Answer assigned = api.post("/api/v1/events/" + eastEvent + "/assign",
                "{\"workerCode\":\"W102\",\"note\":\"改派\"}", supervisor);
        assertThat(assigned.status()).as(assigned.raw()).isEqualTo(200);
        assertThat(assigned.body().get("timeline").findValuesAsString("actor")).contains("SUPERVISOR:" + label);
        assertThat(api.post("/api/v1/tokens", "{\"role\":\"VIEWER\",\"unitCode\":\"TC\",\"label\":\"" + "x".repeat(101) + "\"}",
                admin.bootstrapToken()).status()).isEqualTo(400);
        List<CSVRecord> rows = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(api.get("/api/v1/events.csv", supervisor).raw().substring(1))).getRecords();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("reporterOpenid")).isEmpty();
    }

    private int state(String table) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
        return n == null ? 0 : n;
    }
}
