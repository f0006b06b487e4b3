package cn.gridbot.app.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
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
import cn.gridbot.app.support.TestDepartments;
import cn.gridbot.app.support.WeChatClient;
import tools.jackson.databind.JsonNode;

/**
 * The 督查通报 ranking departments ({@code GET /api/v1/stats/report?level=DEPARTMENT}, README "Departments and
 * supervision"): three county departments' staff hold events of October 2026 stored as the event store keeps them after
 * a transfer — 住建局 resolved its three on time, 水务局 one of its three —, and one event goes the whole way (reported,
 * escalated, transferred, resolved by the department's staff) through the portal and the API.
 */
@IntegrationTest
class DepartmentReportIT {

    private static final String WATER = "TC-SW";
    private static final String WATER_STAFF = "B301";
    private static final String OCTOBER = "?from=2026-10-01&to=2026-10-31&level=DEPARTMENT";

    @Autowired
    Clients clients;
    @Autowired
    TestCounty county;
    @Autowired
    JdbcTemplate jdbc;

    AdminClient api;
    String admin;
    int sequence;

    @BeforeEach
    void setUp() {
        county.load();
        api = clients.api();
        admin = clients.adminToken();
        TestDepartments.load(api, admin);
        AdminClient.Answer unit = api.post("/api/v1/grids/import", "{\"type\":\"FeatureCollection\",\"features\":["
                + TestDepartments.department(WATER, "水务局", TestCounty.COUNTY, "\"MUNICIPAL\"") + "]}", admin);
        assertThat(unit.status()).as(unit.raw()).isEqualTo(200);
        AdminClient.Answer staff = api.call("POST", "/api/v1/workers/import", "text/csv",
                "code,name,phone,gridCode,openid\n" + WATER_STAFF + ",水务刘工,13800000401," + WATER + ",o-dept-301\n", admin);
        assertThat(staff.status()).as(staff.raw()).isEqualTo(200);

        String one = TestCounty.GRID_ONE;
        // 住建局 (B101): three resolved by their deadline, rated 5, 4 and 3; one created in September is outside.
        event(TestDepartments.HOUSING_STAFF, one, "CLOSED", "10-05 09:00", "10-08 18:00", "10-07 10:00", 5, false);
        event(TestDepartments.HOUSING_STAFF, one, "CLOSED", "10-12 09:00", "10-15 18:00", "10-14 10:00", 4, false);
        event(TestDepartments.HOUSING_STAFF, one, "RESOLVED", "10-20 09:00", "10-23 18:00", "10-21 10:00", 3, false);
        event(TestDepartments.HOUSING_STAFF, one, "CLOSED", "09-20 09:00", "09-23 18:00", "09-29 10:00", null, false);
        // 水务局 (B301): one on time, two late (one still marked overdue), rated 2.
        event(WATER_STAFF, one, "RESOLVED", "10-06 09:00", "10-09 18:00", "10-09 10:00", null, false);
        event(WATER_STAFF, one, "CLOSED", "10-13 09:00", "10-16 18:00", "10-19 10:00", 2, false);
        event(WATER_STAFF, one, "RESOLVED", "10-21 09:00", "10-24 18:00", "10-27 10:00", null, true);
        // A grid worker's event counts for no department.
        event(TestCounty.WORKER_ONE, one, "CLOSED", "10-10 09:00", "10-13 18:00", "10-20 10:00", null, false);
    }

    @Test
    void departmentsAreRankedByTheEventsTheirStaffHold() {
        JsonNode report = api.get("/api/v1/stats/report" + OCTOBER, admin).body();
        assertThat(report.get("level").asString()).isEqualTo("DEPARTMENT");
        assertThat(report.get("unitCode").asString()).isEqualTo(TestCounty.COUNTY);
        List<JsonNode> items = items(report);
        // Both resolved all three (completion 1.0); on time decides: 3 of 3 against 1 of 3. 西城派出所 held nothing.
        assertThat(items).extracting(i -> i.get("unitCode").asString())
                .containsExactly(TestDepartments.HOUSING, WATER, TestDepartments.WEST_POLICE);
        assertThat(items).extracting(i -> i.get("rank").asInt()).containsExactly(1, 2, 3);

        JsonNode housing = items.get(0);
        assertThat(housing.get("unitName").asString()).isEqualTo("住建局");
        assertThat(housing.get("received").asLong()).isEqualTo(3);
        assertThat(housing.get("resolved").asLong()).isEqualTo(3);
        assertThat(housing.get("completionRate").asDouble()).isEqualTo(1.0);
        assertThat(housing.get("onTimeRate").asDouble()).isEqualTo(1.0);
        assertThat(housing.get("signOnTimeRate").asDouble()).isEqualTo(1.0);
        assertThat(housing.get("satisfaction").asDouble()).isEqualTo(4.0);
        assertThat(housing.get("overdue").asLong()).isEqualTo(0);

        JsonNode water = items.get(1);
        assertThat(water.get("received").asLong()).isEqualTo(3);
        assertThat(water.get("resolved").asLong()).isEqualTo(3);
        assertThat(water.get("completionRate").asDouble()).isEqualTo(1.0);
        assertThat(water.get("onTimeRate").asDouble()).isEqualTo(0.3333);
        assertThat(water.get("satisfaction").asDouble()).isEqualTo(2.0);
        assertThat(water.get("overdue").asLong()).isEqualTo(1);

        JsonNode police = items.get(2);
        assertThat(police.get("received").asLong()).isZero();
        assertThat(police.get("completionRate").isNull()).isTrue();

        // Without level the report still ranks the child units (the townships), departments not among them.
        List<JsonNode> townships = items(api.get("/api/v1/stats/report?from=2026-10-01&to=2026-10-31", admin).body());
        assertThat(townships).extracting(i -> i.get("unitCode").asString())
                .containsExactlyInAnyOrder(TestCounty.EAST_TOWN, TestCounty.WEST_TOWN);
        assertThat(api.get("/api/v1/stats/report?level=GRID", admin).status()).isEqualTo(400);
    }

    @Test
    void anEventTransferredThroughTheApiCountsForTheDepartment() {
        WeChatClient wx = clients.wechat();
        String number = WeChatClient.eventNumberIn(wx.text("o-report-resident", "幸福路下水道堵了 污水漫到路上").content());
        wx.text(TestCounty.WORKER_ONE_OPENID, "签收 " + number);
        wx.text(TestCounty.WORKER_ONE_OPENID, "上报 " + number + " 管网破裂,需要住建部门处理");
        AdminClient.Answer moved = api.post("/api/v1/events/" + number + "/transfer",
                "{\"departmentCode\":\"" + TestDepartments.HOUSING + "\"}", admin);
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        String staff = TestDepartments.HOUSING_STAFF_OPENID;
        wx.text(staff, "签收 " + number);
        assertThat(wx.text(staff, "办结 " + number + " 已更换破损管段").content()).contains("已办结");

        JsonNode housing = items(api.get("/api/v1/stats/report?level=DEPARTMENT", admin).body()).get(0);
        assertThat(housing.get("unitCode").asString()).isEqualTo(TestDepartments.HOUSING);
        assertThat(housing.get("received").asLong()).isEqualTo(1);
        assertThat(housing.get("resolved").asLong()).isEqualTo(1);
        assertThat(housing.get("onTimeRate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aSupervisorRanksTheDepartmentsOfTheirOwnUnits() {
        assertThat(api.get("/api/v1/stats/report" + OCTOBER, null).status()).isEqualTo(401);
        String west = token("SUPERVISOR", TestCounty.WEST_TOWN);
        assertThat(items(api.get("/api/v1/stats/report" + OCTOBER, west).body())).extracting(i -> i.get("unitCode").asString())
                .containsExactly(TestDepartments.WEST_POLICE);
        assertThat(api.get("/api/v1/stats/report" + OCTOBER + "&gridCode=" + TestCounty.EAST_TOWN, west).status())
                .isEqualTo(403);
        // 东城镇 has no department of its own; the county's serve it but are ranked by the county.
        assertThat(items(api.get("/api/v1/stats/report" + OCTOBER, token("VIEWER", TestCounty.EAST_TOWN)).body())).isEmpty();
        AdminClient.Answer countyWide = api.get("/api/v1/stats/report" + OCTOBER, token("SUPERVISOR", TestCounty.COUNTY));
        assertThat(items(countyWide.body())).hasSize(3);
        assertThat(countyWide.raw()).doesNotContain("1380000").doesNotContain("o-dept").doesNotContain("井盖");
    }

    private static List<JsonNode> items(JsonNode report) {
        List<JsonNode> items = new ArrayList<>();
        report.get("items").forEach(items::add);
        return items;
    }

    /** An event as the store keeps it, signed for an hour after it was created (its sign-for deadline: four hours). */
    private void event(String assignee, String grid, String status, String created, String resolveBy, String resolved,
            Integer rating, boolean overdue) {
        String number = "20261001-" + String.format("%04d", ++sequence);
        Instant at = time(created);
        jdbc.update("INSERT INTO grid_event (number, category, confidence, urgent, status, grid_code, unit_code, unit_path,"
                + " matched_by, assignee_code, reporter_openid, source, description, sign_deadline, resolve_deadline,"
                + " accepted_at, resolved_at, closed_at, overdue, flagged, rating, created_at, updated_at, version)"
                + " VALUES (?, 'MUNICIPAL', 0.9, FALSE, ?, ?, ?, ?, 'KEYWORD', ?, 'o-r', 'RESIDENT', '井盖坏了', ?, ?, ?, ?, ?,"
                + " ?, FALSE, ?, ?, ?, 0)", number, status, grid, grid, "/TC/TC-A/TC-A-1/" + grid + "/", assignee,
                ts(at.plusSeconds(4 * 3600)), ts(time(resolveBy)), ts(at.plusSeconds(3600)), ts(time(resolved)),
                "CLOSED".equals(status) ? ts(time(resolved)) : null, overdue, rating, ts(at), ts(at));
    }

    /** "MM-dd HH:mm" of 2026 in Asia/Shanghai. */
    private static Instant time(String monthDayTime) {
        return OffsetDateTime.parse("2026-" + monthDayTime.replace(' ', 'T') + ":00+08:00").toInstant();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private String token(String role, String unit) {
        return api.post("/api/v1/tokens", "{\"role\":\"" + role + "\",\"unitCode\":\"" + unit + "\",\"label\":\"" + role + " "
                + unit + "\"}", admin).body().get("token").asString();
    }
}
