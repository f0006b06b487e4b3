package cn.gridbot.app.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestClock;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.register.RegisterKind;
import cn.gridbot.reminder.ReminderRun;
import tools.jackson.databind.JsonNode;

/**
 * Who sees what of the registers (README "Registers"): SPECIAL records exist for ADMIN tokens only — a SUPERVISOR
 * or VIEWER gets 404 for the register and its records, finds no SPECIAL row in the statistics and no reminder
 * about them among the notifications; phones and ID numbers are masked for every role but ADMIN in lists,
 * records and check notes; scoped tokens see their own units only.
 */
@IntegrationTest
class RegisterAccessIT {

    private static final String GRID = TestCounty.GRID_ONE;
    private static final String PHONE = "13957319246";
    private static final String ID_NUMBER = "51010219870314283X";

    @Autowired
    Clients clients;
    @Autowired
    TestCounty county;
    @Autowired
    ReminderRun reminders;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    AdminClient api;
    String admin;
    String viewer;
    String supervisor;
    String westSupervisor;
    long special;
    long floating;
    long house;

    @BeforeEach
    void setUp() {
        county.load();
        api = clients.api();
        admin = clients.adminToken();
        upload(RegisterKind.SPECIAL, "周某某," + ID_NUMBER + ",社区矫正,幸福路5号," + GRID + ",30,");
        upload(RegisterKind.FLOATING, "打工仔," + ID_NUMBER + "," + PHONE + ",四川南充,幸福路3号 电话" + PHONE + "," + GRID
                + ",2026-06-01,2027-03-01,90,2026-11-01");
        upload(RegisterKind.HOUSE, "幸福路12号," + GRID + ",砖混,自住,付良容," + PHONE + ",2,否,,");
        special = id("SPECIAL");
        floating = id("FLOATING");
        house = id("HOUSE");
        viewer = token("VIEWER", TestCounty.EAST_TOWN);
        supervisor = token("SUPERVISOR", TestCounty.EAST_TOWN);
        westSupervisor = token("SUPERVISOR", TestCounty.WEST_TOWN);
    }

    private void upload(RegisterKind kind, String row) {
        AdminClient.Answer answer = api.call("POST", "/api/v1/registers/" + kind + "/import", "text/csv", RegisterCsv.of(kind, row), admin);
        assertThat(answer.body().get("imported").asInt()).as(answer.raw()).isEqualTo(1);
    }

    private long id(String kind) {
        return jdbc.queryForObject("SELECT id FROM register_record WHERE kind = ?", Long.class, kind);
    }

    private String token(String role, String unit) {
        return api.post("/api/v1/tokens", "{\"role\":\"" + role + "\",\"unitCode\":\"" + unit + "\",\"label\":\"" + role + "\"}", admin)
                .body().get("token").asString();
    }

    @Test
    void specialRecordsExistForAdminOnly() {
        String check = "{\"date\":\"2026-11-30\",\"workerCode\":\"W101\",\"result\":\"OK\"}";
        for (String token : List.of(viewer, supervisor)) {
            assertThat(api.get("/api/v1/registers/SPECIAL", token).status()).isEqualTo(404);
            assertThat(api.get("/api/v1/registers/special?gridCode=" + GRID, token).status()).isEqualTo(404);
            assertThat(api.get("/api/v1/registers/SPECIAL/" + special, token).status()).isEqualTo(404);
            assertThat(api.post("/api/v1/registers/SPECIAL/" + special + "/checks", check, token).status()).isEqualTo(404);
            assertThat(api.get("/api/v1/registers/FLOATING/" + special, token).status()).isEqualTo(404);
            AdminClient.Answer stats = api.get("/api/v1/stats/registers", token);
            assertThat(stats.status()).isEqualTo(200);
            assertThat(kinds(stats.body())).doesNotContain("SPECIAL").contains("HOUSE", "PLACE", "FLOATING", "ASSISTED");
            assertThat(stats.raw()).doesNotContain("周某某");
        }
        assertThat(api.get("/api/v1/registers/SPECIAL/" + special, admin).body().get("specialKind").asString()).isEqualTo("社区矫正");
        assertThat(api.post("/api/v1/registers/SPECIAL/" + special + "/checks", check, admin).status()).isEqualTo(200);
        JsonNode adminStats = api.get("/api/v1/stats/registers?gridCode=" + TestCounty.COMMUNITY, admin).body();
        assertThat(row(adminStats, GRID, "SPECIAL").get("records").asInt()).isEqualTo(1);

        reminders.run(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusDays(40));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE payload LIKE '%周某某%'", Integer.class)).isEqualTo(1);
        assertThat(api.get("/api/v1/notifications?size=100", supervisor).raw()).doesNotContain("周某某").contains("幸福路12号");
        assertThat(api.get("/api/v1/notifications?size=100", admin).raw()).contains("周某某");
    }

    @Test
    void phonesAndIdNumbersAreMaskedForEveryRoleButAdmin() {
        api.post("/api/v1/registers/FLOATING/" + floating + "/checks",
                "{\"date\":\"2026-11-30\",\"workerCode\":\"W101\",\"result\":\"CHANGED\",\"note\":\"换了电话 " + PHONE + "\"}", admin);
        List<String> seen = new ArrayList<>();
        for (String token : List.of(viewer, supervisor)) {
            seen.add(api.get("/api/v1/registers/FLOATING", token).raw());
            seen.add(api.get("/api/v1/registers/FLOATING/" + floating, token).raw());
            seen.add(api.get("/api/v1/registers/HOUSE?q=" + "%E5%B9%B8", token).raw());
            seen.add(api.get("/api/v1/registers/HOUSE/" + house, token).raw());
        }
        seen.add(api.post("/api/v1/registers/HOUSE/" + house + "/checks",
                "{\"date\":\"2026-11-30\",\"workerCode\":\"W101\",\"result\":\"OK\"}", supervisor).raw());
        for (String answer : seen) {
            assertThat(answer).doesNotContain(PHONE).doesNotContain(ID_NUMBER).contains("139****9246");
        }
        JsonNode masked = api.get("/api/v1/registers/FLOATING/" + floating, viewer).body();
        assertThat(masked.get("idNumber").asString()).isEqualTo("510102********X");
        assertThat(masked.get("phone").asString()).isEqualTo("139****9246");
        assertThat(masked.get("address").asString()).isEqualTo("幸福路3号 电话139****9246");
        JsonNode whole = api.get("/api/v1/registers/FLOATING/" + floating, admin).body();
        assertThat(whole.get("idNumber").asString()).isEqualTo(ID_NUMBER);
        assertThat(whole.get("phone").asString()).isEqualTo(PHONE);
        assertThat(whole.get("checks").get(0).get("note").asString()).contains(PHONE);
    }

    @Test
    void scopedTokensSeeTheirOwnUnitsOnly() {
        assertThat(api.get("/api/v1/registers/HOUSE", westSupervisor).body().get("total").asInt()).isZero();
        assertThat(api.get("/api/v1/registers/HOUSE/" + house, westSupervisor).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/registers/HOUSE?gridCode=" + GRID, westSupervisor).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/stats/registers?gridCode=" + TestCounty.EAST_TOWN, westSupervisor).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/registers/HOUSE/" + house + "/checks",
                "{\"date\":\"2026-11-30\",\"workerCode\":\"W101\",\"result\":\"OK\"}", westSupervisor).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/registers/HOUSE/" + house + "/checks",
                "{\"date\":\"2026-11-30\",\"workerCode\":\"W101\",\"result\":\"OK\"}", viewer).status()).isEqualTo(403);
        assertThat(api.call("POST", "/api/v1/registers/HOUSE/import", "text/csv", RegisterCsv.of(RegisterKind.HOUSE), supervisor)
                .status()).isEqualTo(403);
        assertThat(api.get("/api/v1/registers/HOUSE", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/registers/HOUSE", supervisor).body().get("total").asInt()).isEqualTo(1);

        JsonNode east = api.get("/api/v1/stats/registers", supervisor).body();
        assertThat(east.get("unitCode").asString()).isEqualTo(TestCounty.EAST_TOWN);
        JsonNode houses = row(east, TestCounty.COMMUNITY, "HOUSE");
        assertThat(houses.get("records").asInt()).isEqualTo(1);
        assertThat(houses.get("overdue").asInt()).isZero();
        assertThat(houses.get("complete").asInt()).isZero();
        JsonNode floatingRow = row(east, TestCounty.COMMUNITY, "FLOATING");
        assertThat(floatingRow.get("records").asInt()).isEqualTo(1);
        assertThat(floatingRow.get("checkedInTime").asInt()).isEqualTo(1);
        assertThat(floatingRow.get("complete").asInt()).isEqualTo(1);
    }

    private static List<String> kinds(JsonNode stats) {
        List<String> kinds = new ArrayList<>();
        stats.get("items").forEach(item -> kinds.add(item.get("kind").asString()));
        return kinds;
    }

    private static JsonNode row(JsonNode stats, String unit, String kind) {
        for (JsonNode item : stats.get("items")) {
            if (item.get("unitCode").asString().equals(unit) && item.get("kind").asString().equals(kind)) {
                return item;
            }
        }
        throw new AssertionError("No " + kind + " row for " + unit + " in " + stats);
    }
}
