package cn.gridbot.app.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
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
import tools.jackson.databind.JsonNode;

/**
 * The monthly assessment (考核, README "Departments and supervision") on a small fixture whose figures were worked out by
 * hand: seven events of October 2026 (and one of September, outside the month) stored as the event store keeps them,
 * care visits and residents with visit intervals; the default weights (on time 25, sign-for 15, satisfaction 20,
 * reopened 10, visits 10; patrols, checks and self-reports are not recorded by this build and leave their weights out).
 */
@IntegrationTest
class AssessmentIT {

    private static final String MONTH = "?month=2026-10";

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
        String one = TestCounty.GRID_ONE;
        String two = TestCounty.GRID_TWO;
        // W101: e1 in time and rated 5; e2 signed and resolved late, rated 2, reopened once; e3 in time, unrated;
        // e4 signed in time, not resolved yet.
        event("W101", one, "CLOSED", "10-08 08:00", "10-08 09:00", "10-10 18:00", "10-09 12:00", 5, false);
        event("W101", one, "CLOSED", "10-12 06:00", "10-12 11:00", "10-15 18:00", "10-16 09:00", 2, true);
        event("W101", one, "RESOLVED", "10-20 08:00", "10-20 09:30", "10-23 18:00", "10-22 16:00", null, false);
        event("W101", one, "ACCEPTED", "10-28 08:00", "10-28 09:00", "10-31 18:00", null, null, false);
        // W102: e5 in time, rated 4; e6 in September.
        event("W102", two, "CLOSED", "10-05 08:00", "10-05 08:30", "10-08 18:00", "10-06 10:00", 4, false);
        event("W102", two, "CLOSED", "09-05 08:00", "09-05 08:30", "09-08 18:00", "09-06 10:00", 5, false);
        // B101 of 住建局, on an event of grid one: signed late, resolved in time, rated 3.
        event("B101", one, "CLOSED", "10-14 06:00", "10-14 12:00", "10-17 18:00", "10-16 10:00", 3, false);
        // Grid one: visits due 3 (every 14 days in a 31-day month) + 2 (every 30 days); W101 visited 4 times in October.
        long r1 = resident("付良容", one, 14);
        long r2 = resident("黄建国", one, 30);
        resident("钟淑芬", two, 7);
        visit(r1, "2026-10-01", "W101");
        visit(r1, "2026-10-15", "W101");
        visit(r1, "2026-10-29", "W101");
        visit(r2, "2026-10-20", "W101");
        visit(r2, "2026-09-20", "W101");
    }

    @Test
    void workersAreRankedByTheirWeightedScore() {
        JsonNode report = api.get("/api/v1/assessment" + MONTH + "&level=WORKER", admin).body();
        assertThat(report.get("weights").get("onTime").asInt()).isEqualTo(25);
        List<JsonNode> items = items(report);
        assertThat(items).extracting(i -> i.get("code").asString()).containsExactly("W102", "W101", "B101", "B102", "B201");

        JsonNode w102 = items.get(0);
        assertThat(w102.get("rank").asInt()).isEqualTo(1);
        // (25×1 + 15×1 + 20×0.75 + 10×1 + 10×0) ÷ 80 = 81.25: nobody in grid two was visited (5 due).
        assertThat(w102.get("score").asDouble()).isEqualTo(81.25);
        assertThat(w102.get("visitsDue").asLong()).isEqualTo(5);
        assertThat(w102.get("visits").asDouble()).isEqualTo(0.0);

        JsonNode w101 = items.get(1);
        assertThat(w101.get("resolved").asLong()).isEqualTo(3);
        assertThat(w101.get("resolvedOnTime").asLong()).isEqualTo(2);
        assertThat(w101.get("signed").asLong()).isEqualTo(4);
        assertThat(w101.get("signedOnTime").asLong()).isEqualTo(3);
        assertThat(w101.get("averageRating").asDouble()).isEqualTo(3.5);
        assertThat(w101.get("reopened").asLong()).isEqualTo(1);
        assertThat(w101.get("visitsDone").asLong()).isEqualTo(4);
        assertThat(w101.get("visitsDue").asLong()).isEqualTo(5);
        assertThat(w101.get("onTime").asDouble()).isEqualTo(0.6667);
        assertThat(w101.get("signTimely").asDouble()).isEqualTo(0.75);
        assertThat(w101.get("satisfaction").asDouble()).isEqualTo(0.625);
        assertThat(w101.get("reopenedComplement").asDouble()).isEqualTo(0.6667);
        assertThat(w101.get("visits").asDouble()).isEqualTo(0.8);
        assertThat(w101.get("patrols").isNull()).isTrue();
        // (25×0.6667 + 15×0.75 + 20×0.625 + 10×0.6667 + 10×0.8) ÷ 80 = 55.0845 ÷ 80 = 68.86
        assertThat(w101.get("score").asDouble()).isEqualTo(68.86);

        // Department staff have no grid, so no visits: (25×1 + 15×0 + 20×0.5 + 10×1) ÷ 70 = 64.29.
        assertThat(items.get(2).get("score").asDouble()).isEqualTo(64.29);
        assertThat(items.get(2).get("visitsDue").isNull()).isTrue();
        assertThat(items.get(3).get("score").isNull()).as("nothing to measure").isTrue();
    }

    @Test
    void departmentsAndTownshipsAreRankedAlike() {
        List<JsonNode> departments = items(api.get("/api/v1/assessment" + MONTH + "&level=DEPARTMENT", admin).body());
        assertThat(departments).extracting(i -> i.get("code").asString())
                .containsExactly(TestDepartments.HOUSING, TestDepartments.WEST_POLICE);
        assertThat(departments.get(0).get("score").asDouble()).isEqualTo(64.29);

        List<JsonNode> townships = items(api.get("/api/v1/assessment" + MONTH + "&level=TOWNSHIP", admin).body());
        assertThat(townships).extracting(i -> i.get("code").asString()).containsExactly(TestCounty.EAST_TOWN, TestCounty.WEST_TOWN);
        JsonNode east = townships.get(0);
        assertThat(east.get("resolved").asLong()).isEqualTo(5);
        assertThat(east.get("resolvedOnTime").asLong()).isEqualTo(4);
        assertThat(east.get("signed").asLong()).isEqualTo(6);
        assertThat(east.get("signedOnTime").asLong()).isEqualTo(4);
        assertThat(east.get("visitsDone").asLong()).isEqualTo(4);
        assertThat(east.get("visitsDue").asLong()).isEqualTo(10);
        // (25×0.8 + 15×0.6667 + 20×0.625 + 10×0.8 + 10×0.4) ÷ 80 = 54.5005 ÷ 80 = 68.13
        assertThat(east.get("score").asDouble()).isEqualTo(68.13);
    }

    @Test
    void theSpreadsheetHasTheSameRows() {
        AdminClient.Answer csv = api.get("/api/v1/assessment.csv" + MONTH + "&level=WORKER", admin);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.raw().replace("\uFEFF", "").split("\r\n");
        assertThat(lines[0]).startsWith("rank,code,name,unitCode,score,onTime");
        assertThat(lines[1]).startsWith("1,W102,李二," + TestCounty.GRID_TWO + ",81.25,");
        assertThat(lines[2]).startsWith("2,W101,王一," + TestCounty.GRID_ONE + ",68.86,");
    }

    @Test
    void eachRoleSeesItsOwnUnitsAndNoPersonalData() {
        assertThat(api.get("/api/v1/assessment" + MONTH, null).status()).isEqualTo(401);
        String viewer = token("VIEWER", TestCounty.EAST_TOWN);
        JsonNode own = api.get("/api/v1/assessment" + MONTH, viewer).body();
        assertThat(items(own)).extracting(i -> i.get("code").asString()).containsExactly("W102", "W101");
        assertThat(api.get("/api/v1/assessment" + MONTH + "&gridCode=" + TestCounty.EAST_TOWN,
                token("SUPERVISOR", TestCounty.WEST_TOWN)).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/assessment.csv" + MONTH + "&gridCode=" + TestCounty.EAST_TOWN,
                token("SUPERVISOR", TestCounty.WEST_TOWN)).status()).isEqualTo(403);
        String supervisor = token("SUPERVISOR", TestCounty.EAST_TOWN);
        AdminClient.Answer answer = api.get("/api/v1/assessment" + MONTH + "&level=TOWNSHIP", supervisor);
        assertThat(items(answer.body())).extracting(i -> i.get("code").asString()).containsExactly(TestCounty.EAST_TOWN);
        for (String raw : List.of(answer.raw(), api.get("/api/v1/assessment" + MONTH, supervisor).raw(),
                api.get("/api/v1/assessment.csv" + MONTH, supervisor).raw())) {
            assertThat(raw).doesNotContain("1380000").doesNotContain("o-worker").doesNotContain("o-dept");
        }
        assertThat(api.get("/api/v1/assessment?month=2026-13", admin).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/assessment?level=GRID", admin).status()).isEqualTo(400);
    }

    private static List<JsonNode> items(JsonNode report) {
        List<JsonNode> items = new java.util.ArrayList<>();
        report.get("items").forEach(items::add);
        return items;
    }

    /** An event as the store keeps it; its sign-for deadline is four hours after it was created. */
    private void event(String assignee, String grid, String status, String created, String accepted, String resolveBy,
            String resolved, Integer rating, boolean reopened) {
        String number = "20261001-" + String.format("%04d", ++sequence);
        Instant at = time(created);
        jdbc.update("INSERT INTO grid_event (number, category, confidence, urgent, status, grid_code, unit_code, unit_path,"
                + " matched_by, assignee_code, reporter_openid, source, description, sign_deadline, resolve_deadline,"
                + " accepted_at, resolved_at, closed_at, overdue, flagged, rating, created_at, updated_at, version)"
                + " VALUES (?, 'MUNICIPAL', 0.9, FALSE, ?, ?, ?, ?, 'KEYWORD', ?, 'o-r', 'RESIDENT', '井盖坏了', ?, ?, ?, ?, ?,"
                + " FALSE, ?, ?, ?, ?, 0)", number, status, grid, grid, "/TC/TC-A/TC-A-1/" + grid + "/", assignee,
                ts(at.plusSeconds(4 * 3600)), ts(time(resolveBy)), ts(time(accepted)), ts(time(resolved)),
                "CLOSED".equals(status) ? ts(time(resolved)) : null, reopened, rating, ts(at), ts(at));
    }

    private long resident(String name, String grid, int interval) {
        jdbc.update("INSERT INTO resident (natural_key, name, grid_code, tags, visit_interval_days, created_at, updated_at)"
                + " VALUES (?, ?, ?, 'ELDERLY', ?, ?, ?)", name + grid, name, grid, interval, ts(Instant.now()), ts(Instant.now()));
        return jdbc.queryForObject("SELECT id FROM resident WHERE natural_key = ?", Long.class, name + grid);
    }

    private void visit(long resident, String date, String worker) {
        jdbc.update("INSERT INTO resident_visit (resident_id, visit_date, worker_code, note, created_at) VALUES (?, ?, ?, '好', ?)",
                resident, java.sql.Date.valueOf(date), worker, ts(Instant.now()));
    }

    /** "MM-dd HH:mm" of 2026 in Asia/Shanghai; null stays null. */
    private static Instant time(String monthDayTime) {
        return monthDayTime == null ? null
                : OffsetDateTime.parse("2026-" + monthDayTime.replace(' ', 'T') + ":00+08:00").toInstant();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private String token(String role, String unit) {
        return api.post("/api/v1/tokens", "{\"role\":\"" + role + "\",\"unitCode\":\"" + unit + "\",\"label\":\"" + role + " "
                + unit + "\"}", admin).body().get("token").asString();
    }
}
