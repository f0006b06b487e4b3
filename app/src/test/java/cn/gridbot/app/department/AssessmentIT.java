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
 * care visits and residents with visit intervals, patrols, register records with their checks and self-reports; the
 * default weights (on time 25, sign-for 15, satisfaction 20, reopened 10, visits 10, patrols 10, checks 5, self-reports
 * 5) and self-report target (10 a month). October 2026 has 18 working days (the 1st to the 7th are 国庆节, Saturday the
 * 10th is worked): 36 half-day patrols owed by each grid worker.
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

        // Patrols. W101: a valid morning patrol on each of the 18 working days (18 of 36); an invalid afternoon one, a
        // second valid one the same morning, one on a holiday and one in September count for nothing.
        // W102: every morning and the afternoons of the first nine working days (27 of 36).
        List<String> workingDays = List.of("10-08", "10-09", "10-10", "10-12", "10-13", "10-14", "10-15", "10-16", "10-19",
                "10-20", "10-21", "10-22", "10-23", "10-26", "10-27", "10-28", "10-29", "10-30");
        for (int i = 0; i < workingDays.size(); i++) {
            patrol("W101", one, workingDays.get(i) + " 08:30", true);
            patrol("W102", two, workingDays.get(i) + " 09:00", true);
            if (i < 9) {
                patrol("W102", two, workingDays.get(i) + " 14:00", true);
            }
        }
        patrol("W101", one, "10-08 14:00", false);
        patrol("W101", one, "10-09 10:30", true);
        patrol("W101", one, "10-03 09:00", true);
        patrol("W101", one, "09-30 15:00", true);

        // Register re-checks, as they stand after the checks (last_check_date moved by the latest).
        // Grid one: p1 (30 days) last checked 09-10, due 10-10, checked by W101 on 10-12: due, done by W101;
        // p2 a house (365 days) last checked in June, checked anyway on 10-05: not due;
        // p3 never checked: due, not done; p4 imported as checked 08-01, so overdue when October began, checked on 10-20
        // by W102 of another grid: due, done for the township but for no worker of grid one;
        // p5 imported on 10-15 with a last check that day: not due; p6 stored in November: not counted.
        long p1 = record("PLACE", "五金店", one, null, "2026-10-12", null, "10-01 08:00");
        check(p1, "2026-09-10", "W101");
        check(p1, "2026-10-12", "W101");
        long p2 = record("HOUSE", "幸福路1号", one, null, "2026-10-05", null, "09-01 08:00");
        check(p2, "2026-06-01", "W101");
        check(p2, "2026-10-05", "W101");
        record("PLACE", "网吧", one, null, null, null, "09-01 08:00");
        long p4 = record("PLACE", "加油站", one, null, "2026-10-20", null, "09-01 08:00");
        check(p4, "2026-10-20", "W102");
        record("PLACE", "茶馆", one, null, "2026-10-15", null, "10-15 08:00");
        record("PLACE", "新开的店", one, null, null, null, "11-02 08:00");
        // Grid two: q1 (assisted, 90 days) last checked 07-20, due 10-18, not checked; q2 a floating resident checked
        // 09-15 (next in December) who was to leave on 10-25, checked by W102 on 10-26: due and done.
        record("ASSISTED", "困难户", two, null, "2026-07-20", null, "07-01 08:00");
        long q2 = record("FLOATING", "流动人员", two, null, "2026-10-26", "2026-10-25", "09-01 08:00");
        check(q2, "2026-09-15", "W102");
        check(q2, "2026-10-26", "W102");

        // Self-reports (报事): W101 three in October, one in September and one cancelled; handed back to the centre,
        // so that they change no event figure above.
        selfReport("W101", one, "10-09 10:00", "REPORTED");
        selfReport("W101", one, "10-16 10:00", "REPORTED");
        selfReport("W101", one, "10-27 10:00", "REPORTED");
        selfReport("W101", one, "09-29 10:00", "REPORTED");
        selfReport("W101", one, "10-28 10:00", "CANCELLED");
    }

    @Test
    void workersAreRankedByTheirWeightedScore() {
        JsonNode report = api.get("/api/v1/assessment" + MONTH + "&level=WORKER", admin).body();
        assertThat(report.get("weights").get("onTime").asInt()).isEqualTo(25);
        assertThat(report.get("weights").get("patrols").asInt()).isEqualTo(10);
        List<JsonNode> items = items(report);
        assertThat(items).extracting(i -> i.get("code").asString()).containsExactly("W102", "B101", "W101", "B102", "B201");

        JsonNode w102 = items.get(0);
        assertThat(w102.get("rank").asInt()).isEqualTo(1);
        assertThat(w102.get("visitsDue").asLong()).isEqualTo(5);
        assertThat(w102.get("visits").asDouble()).isEqualTo(0.0);
        assertThat(w102.get("patrolsDone").asLong()).isEqualTo(27);
        assertThat(w102.get("patrolsDue").asLong()).isEqualTo(36);
        assertThat(w102.get("patrols").asDouble()).isEqualTo(0.75);
        assertThat(w102.get("checksDone").asLong()).isEqualTo(1);
        assertThat(w102.get("checksDue").asLong()).isEqualTo(2);
        assertThat(w102.get("checks").asDouble()).isEqualTo(0.5);
        assertThat(w102.get("selfReportsMade").asLong()).isEqualTo(0);
        assertThat(w102.get("selfReportTarget").asDouble()).isEqualTo(10.0);
        assertThat(w102.get("selfReports").asDouble()).isEqualTo(0.0);
        // (25×1 + 15×1 + 20×0.75 + 10×1 + 10×0 + 10×0.75 + 5×0.5 + 5×0) ÷ 100 = 75: nobody in grid two was visited.
        assertThat(w102.get("score").asDouble()).isEqualTo(75.0);

        // Department staff have no grid and owe no patrols: (25×1 + 15×0 + 20×0.5 + 10×1) ÷ 70 = 64.29.
        JsonNode b101 = items.get(1);
        assertThat(b101.get("score").asDouble()).isEqualTo(64.29);
        assertThat(b101.get("visitsDue").isNull()).isTrue();
        assertThat(b101.get("patrolsDue").isNull()).isTrue();
        assertThat(b101.get("patrols").isNull()).isTrue();
        assertThat(b101.get("checks").isNull()).isTrue();
        assertThat(b101.get("selfReports").isNull()).isTrue();

        JsonNode w101 = items.get(2);
        assertThat(w101.get("resolved").asLong()).isEqualTo(3);
        assertThat(w101.get("resolvedOnTime").asLong()).isEqualTo(2);
        assertThat(w101.get("signed").asLong()).isEqualTo(4);
        assertThat(w101.get("signedOnTime").asLong()).isEqualTo(3);
        assertThat(w101.get("averageRating").asDouble()).isEqualTo(3.5);
        assertThat(w101.get("reopened").asLong()).isEqualTo(1);
        assertThat(w101.get("visitsDone").asLong()).isEqualTo(4);
        assertThat(w101.get("visitsDue").asLong()).isEqualTo(5);
        assertThat(w101.get("patrolsDone").asLong()).isEqualTo(18);
        assertThat(w101.get("patrolsDue").asLong()).isEqualTo(36);
        assertThat(w101.get("checksDone").asLong()).isEqualTo(1);
        assertThat(w101.get("checksDue").asLong()).isEqualTo(3);
        assertThat(w101.get("selfReportsMade").asLong()).isEqualTo(3);
        assertThat(w101.get("onTime").asDouble()).isEqualTo(0.6667);
        assertThat(w101.get("signTimely").asDouble()).isEqualTo(0.75);
        assertThat(w101.get("satisfaction").asDouble()).isEqualTo(0.625);
        assertThat(w101.get("reopenedComplement").asDouble()).isEqualTo(0.6667);
        assertThat(w101.get("visits").asDouble()).isEqualTo(0.8);
        assertThat(w101.get("patrols").asDouble()).isEqualTo(0.5);
        assertThat(w101.get("checks").asDouble()).isEqualTo(0.3333);
        assertThat(w101.get("selfReports").asDouble()).isEqualTo(0.3);
        // (25×0.6667 + 15×0.75 + 20×0.625 + 10×0.6667 + 10×0.8 + 10×0.5 + 5×0.3333 + 5×0.3) ÷ 100 = 63.251 ÷ 100 = 63.25
        assertThat(w101.get("score").asDouble()).isEqualTo(63.25);

        assertThat(items.get(3).get("score").isNull()).as("nothing to measure").isTrue();
    }

    @Test
    void departmentsAndTownshipsAreRankedAlike() {
        List<JsonNode> departments = items(api.get("/api/v1/assessment" + MONTH + "&level=DEPARTMENT", admin).body());
        assertThat(departments).extracting(i -> i.get("code").asString())
                .containsExactly(TestDepartments.HOUSING, TestDepartments.WEST_POLICE);
        assertThat(departments.get(0).get("score").asDouble()).isEqualTo(64.29);
        assertThat(departments.get(0).get("patrols").isNull()).isTrue();

        List<JsonNode> townships = items(api.get("/api/v1/assessment" + MONTH + "&level=TOWNSHIP", admin).body());
        assertThat(townships).extracting(i -> i.get("code").asString()).containsExactly(TestCounty.EAST_TOWN, TestCounty.WEST_TOWN);
        JsonNode east = townships.get(0);
        assertThat(east.get("resolved").asLong()).isEqualTo(5);
        assertThat(east.get("resolvedOnTime").asLong()).isEqualTo(4);
        assertThat(east.get("signed").asLong()).isEqualTo(6);
        assertThat(east.get("signedOnTime").asLong()).isEqualTo(4);
        assertThat(east.get("visitsDone").asLong()).isEqualTo(4);
        assertThat(east.get("visitsDue").asLong()).isEqualTo(10);
        assertThat(east.get("patrolsDone").asLong()).isEqualTo(45);
        assertThat(east.get("patrolsDue").asLong()).isEqualTo(72);
        assertThat(east.get("patrols").asDouble()).isEqualTo(0.625);
        // Each due record once, whoever checked it: p1, p4 and q2 of p1, p3, p4, q1, q2.
        assertThat(east.get("checksDone").asLong()).isEqualTo(3);
        assertThat(east.get("checksDue").asLong()).isEqualTo(5);
        assertThat(east.get("checks").asDouble()).isEqualTo(0.6);
        assertThat(east.get("selfReportsMade").asLong()).isEqualTo(3);
        assertThat(east.get("selfReportTarget").asDouble()).isEqualTo(20.0);
        assertThat(east.get("selfReports").asDouble()).isEqualTo(0.15);
        // (25×0.8 + 15×0.6667 + 20×0.625 + 10×0.8 + 10×0.4 + 10×0.625 + 5×0.6 + 5×0.15) ÷ 100 = 64.5005 ÷ 100 = 64.5
        assertThat(east.get("score").asDouble()).isEqualTo(64.5);
        JsonNode west = townships.get(1);
        assertThat(west.get("patrols").isNull()).as("no grid worker in 西城镇").isTrue();
        assertThat(west.get("checks").isNull()).isTrue();
        assertThat(west.get("selfReports").isNull()).isTrue();
    }

    @Test
    void theSpreadsheetHasTheSameRows() {
        AdminClient.Answer csv = api.get("/api/v1/assessment.csv" + MONTH + "&level=WORKER", admin);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.raw().replace("\uFEFF", "").split("\r\n");
        assertThat(lines[0]).startsWith("rank,code,name,unitCode,score,onTime");
        assertThat(lines[0]).endsWith(",patrolsDone,patrolsDue,checksDone,checksDue,selfReportsMade,selfReportTarget");
        assertThat(lines[1]).startsWith("1,W102,李二," + TestCounty.GRID_TWO + ",75.0,").endsWith(",27,36,1,2,0,10.0");
        assertThat(lines[3]).startsWith("3,W101,王一," + TestCounty.GRID_ONE + ",63.25,").endsWith(",18,36,1,3,3,10.0");
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

    private void patrol(String worker, String grid, String monthDayTime, boolean valid) {
        Instant at = time(monthDayTime);
        jdbc.update("INSERT INTO patrol (worker_code, unit_code, unit_path, started_at, duty_day, half_day, ended_at, points,"
                + " inside_points, valid, auto_ended, note) VALUES (?, ?, ?, ?, ?, ?, ?, 5, 5, ?, FALSE, '巡查')", worker, grid,
                "/TC/TC-A/TC-A-1/" + grid + "/", ts(at), java.sql.Date.valueOf("2026-" + monthDayTime.substring(0, 5)),
                monthDayTime.compareTo(monthDayTime.substring(0, 5) + " 12:00") < 0 ? "MORNING" : "AFTERNOON",
                ts(at.plusSeconds(1800)), valid);
    }

    private long record(String kind, String name, String grid, Integer interval, String lastCheck, String leaveOn,
            String stored) {
        jdbc.update("INSERT INTO register_record (kind, natural_key, name, grid_code, check_interval_days, last_check_date,"
                + " expected_leave_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", kind, name + "|" + grid, name,
                grid, interval, lastCheck == null ? null : java.sql.Date.valueOf(lastCheck),
                leaveOn == null ? null : java.sql.Date.valueOf(leaveOn), ts(time(stored)), ts(time(stored)));
        return jdbc.queryForObject("SELECT id FROM register_record WHERE natural_key = ?", Long.class, name + "|" + grid);
    }

    private void check(long record, String date, String worker) {
        jdbc.update("INSERT INTO register_check (record_id, check_date, worker_code, result, created_at) VALUES (?, ?, ?, 'OK', ?)",
                record, java.sql.Date.valueOf(date), worker, ts(Instant.now()));
    }

    /** A worker's 报事 as the store keeps it: source WORKER, the worker the actor of its first timeline entry. */
    private void selfReport(String worker, String grid, String created, String status) {
        String number = "20261001-" + String.format("%04d", ++sequence);
        Instant at = time(created);
        jdbc.update("INSERT INTO grid_event (number, category, confidence, urgent, status, grid_code, unit_code, unit_path,"
                + " matched_by, source, description, overdue, flagged, created_at, updated_at, version)"
                + " VALUES (?, 'MUNICIPAL', 0.9, FALSE, ?, ?, ?, ?, 'KEYWORD', 'WORKER', '井盖松动', FALSE, FALSE, ?, ?, 0)",
                number, status, grid, grid, "/TC/TC-A/TC-A-1/" + grid + "/", ts(at), ts(at));
        long id = jdbc.queryForObject("SELECT id FROM grid_event WHERE number = ?", Long.class, number);
        jdbc.update("INSERT INTO event_timeline (event_id, at, actor, from_status, to_status) VALUES (?, ?, ?, NULL, 'REPORTED')",
                id, ts(at), "WORKER:" + worker);
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
