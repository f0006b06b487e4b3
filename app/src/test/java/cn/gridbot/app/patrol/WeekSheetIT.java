package cn.gridbot.app.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

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
import cn.gridbot.reminder.DailyDigest;
import cn.gridbot.resident.ResidentImporter;
import tools.jackson.databind.JsonNode;

/**
 * The weekly sheet (周工作记录表, README "The grid worker's own day") on a small week of worker one: a valid patrol and a
 * short one, a visit this week and one the week before, a self-report solved on the spot and one still open; next
 * week one birthday in the grid (another in grid two, another this week) and one visit falling due. Also the Monday
 * digest's "下周生日" and the endpoint's scope and masking.
 */
@IntegrationTest
class WeekSheetIT {

    private static final String WORKER = TestCounty.WORKER_ONE_OPENID;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TUESDAY = LocalDate.of(2026, 6, 2);

    @Autowired
    Clients clients;
    @Autowired
    TestCounty county;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ResidentImporter importer;
    @Autowired
    DailyDigest digest;

    WeChatClient wx;
    AdminClient api;
    LocalDate monday;
    LocalDate nextMonday;

    @BeforeEach
    void setUp() {
        // A Tuesday morning, so the week's work cannot run over into the next week whenever the test runs.
        clock.advance(Duration.between(clock.instant(), TUESDAY.atTime(10, 0).atZone(ZONE).toInstant()));
        county.load();
        wx = clients.wechat();
        api = clients.api();
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        assertThat(today).isEqualTo(TUESDAY);
        monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        nextMonday = monday.plusDays(7);
        LocalDate birthday = nextMonday.plusDays(2);
        LocalDate thisWeek = monday.plusDays(1);
        String csv = "name,gender,birthDate,phone,address,gridCode,tags,visitIntervalDays,lastVisitDate,openid\n"
                + "付良容,F,1938-" + md(birthday) + ",13900001111,幸福路12号,TC-A-1-01,ELDERLY|EMPTY_NEST,14,"
                + nextMonday.plusDays(3).minusDays(14) + ",\n"
                + "王秀兰,F,1940-" + md(thisWeek) + ",,幸福路1号,TC-A-1-01,ELDERLY,30,,\n"
                + "隔壁张伯,M,1939-" + md(birthday) + ",,建设路5号,TC-A-1-02,ELDERLY,30," + monday.minusDays(1) + ",\n";
        assertThat(importer.importCsv(csv.getBytes(StandardCharsets.UTF_8)).rejected()).isEmpty();
    }

    private static String md(LocalDate d) {
        return String.format("%02d-%02d", d.getMonthValue(), d.getDayOfMonth());
    }

    private void workTheWeek() {
        assertThat(wx.text(WORKER, "巡查").content()).contains("巡查开始");
        for (int i = 1; i <= 3; i++) {
            wx.location(WORKER, 104.002 + i * 0.001, 30.004, "幸福路" + i + "号");
            clock.advance(Duration.ofMinutes(8));
        }
        assertThat(wx.text(WORKER, "结束巡查 沿幸福路一圈").content()).contains("有效巡查");
        assertThat(wx.text(WORKER, "巡查").content()).contains("巡查开始");
        wx.location(WORKER, 104.003, 30.004, "幸福路3号");
        assertThat(wx.text(WORKER, "结束巡查 下雨提前结束").content()).contains("未达到有效巡查");
        assertThat(wx.text(WORKER, "走访 王秀兰 身体还好,女儿电话13912345678").content()).contains("已登记走访");
        assertThat(wx.text(WORKER, "报事 幸福路边垃圾堆了一大堆 已处理 已联系环卫清运干净").content()).contains("即报即办");
        assertThat(wx.text(WORKER, "报事 井盖破损了,联系人13812345678").content()).contains("已由您签收");
        long fu = jdbc.queryForObject("SELECT id FROM resident WHERE name = '付良容'", Long.class);
        jdbc.update("INSERT INTO resident_visit (resident_id, visit_date, worker_code, note, created_at) VALUES (?, ?, ?, ?, NOW())",
                fu, monday.minusDays(2), TestCounty.WORKER_ONE, "上周的走访");
    }

    @Test
    void theSheetCountsTheWeeksWorkAndListsNextWeeksBirthdaysAndVisits() {
        workTheWeek();
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        JsonNode week = api.get("/api/v1/workers/" + TestCounty.WORKER_ONE + "/week?date=" + today, clients.adminToken()).body();
        assertThat(week.get("monday").asString()).isEqualTo(monday.toString());
        assertThat(week.get("sunday").asString()).isEqualTo(monday.plusDays(6).toString());
        assertThat(week.get("gridCode").asString()).isEqualTo(TestCounty.GRID_ONE);
        JsonNode totals = week.get("totals");
        assertThat(totals.get("patrols").asInt()).isEqualTo(2);
        assertThat(totals.get("validPatrols").asInt()).isEqualTo(1);
        assertThat(totals.get("visits").asInt()).as("last week's visit is not on this sheet").isEqualTo(1);
        assertThat(totals.get("selfReports").asInt()).isEqualTo(2);
        assertThat(totals.get("handled").asInt()).as("only the one solved on the spot is resolved").isEqualTo(1);
        assertThat(week.get("patrols").get(0).get("note").asString()).isEqualTo("沿幸福路一圈");
        assertThat(week.get("visits").get(0).get("resident").asString()).startsWith("王秀兰");
        assertThat(week.get("visits").get(0).get("note").asString()).contains("13912345678");
        assertThat(week.get("selfReports").get(0).get("source").asString()).isEqualTo("WORKER");
        assertThat(week.get("handled").get(0).get("status").asString()).isEqualTo("CLOSED");

        JsonNode next = week.get("nextWeek");
        assertThat(next.get("monday").asString()).isEqualTo(nextMonday.toString());
        assertThat(next.get("birthdays")).as("grid two's and this week's birthdays are not listed").hasSize(1);
        assertThat(next.get("birthdays").get(0).get("resident").asString()).startsWith("付良容").contains("空巢老人");
        assertThat(next.get("birthdays").get(0).get("date").asString()).isEqualTo(nextMonday.plusDays(2).toString());
        assertThat(next.get("visitsDue")).as("王秀兰 was visited this week").hasSize(1);
        assertThat(next.get("visitsDue").get(0).get("date").asString()).isEqualTo(nextMonday.plusDays(3).toString());

        JsonNode lastWeek = api.get("/api/v1/workers/" + TestCounty.WORKER_ONE + "/week?date=" + monday.minusDays(1),
                clients.adminToken()).body();
        assertThat(lastWeek.get("totals").get("patrols").asInt()).isZero();
        assertThat(lastWeek.get("totals").get("selfReports").asInt()).isZero();
        assertThat(lastWeek.get("totals").get("visits").asInt()).isEqualTo(1);
        assertThat(lastWeek.get("nextWeek").get("birthdays").get(0).get("resident").asString()).startsWith("王秀兰");
    }

    @Test
    void theSheetIsScopedAndMaskedLikeTheOtherWorkerEndpoints() {
        workTheWeek();
        String path = "/api/v1/workers/" + TestCounty.WORKER_ONE + "/week";
        String viewer = token("VIEWER", TestCounty.EAST_TOWN);
        String supervisorIn = token("SUPERVISOR", TestCounty.EAST_TOWN);
        String supervisorOut = token("SUPERVISOR", TestCounty.WEST_TOWN);
        assertThat(api.get(path, null).status()).isEqualTo(401);
        assertThat(api.get(path, supervisorOut).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/workers/NOBODY/week", clients.adminToken()).status()).isEqualTo(404);
        assertThat(api.get(path + "?date=next-week", clients.adminToken()).status()).isEqualTo(400);
        for (String token : new String[] { viewer, supervisorIn }) {
            AdminClient.Answer answer = api.get(path, token);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body().get("totals").get("selfReports").asInt()).isEqualTo(2);
            assertThat(answer.raw()).contains("139****5678").contains("138****5678").doesNotContain("13912345678")
                    .doesNotContain("13812345678").doesNotContain("13900001111").doesNotContain(WORKER);
        }
        assertThat(api.get(path, clients.adminToken()).raw()).contains("13912345678").doesNotContain("13900001111")
                .doesNotContain(WORKER);
    }

    @Test
    void theMondayDigestListsNextWeeksBirthdays() {
        LocalDate comingMonday = monday;
        assertThat(digest.send(comingMonday)).as("worker two for 隔壁张伯's birthday next week alone").isEqualTo(2);
        String text = payload(comingMonday);
        assertThat(text).contains("下周生日").contains(nextMonday.getMonthValue() + "月" + nextMonday.plusDays(2).getDayOfMonth() + "日 付良容");
        assertThat(text).doesNotContain("隔壁张伯").doesNotContain("13900001111");
        LocalDate tuesday = comingMonday.plusDays(1);
        digest.send(tuesday);
        assertThat(payload(tuesday)).doesNotContain("下周生日");
    }

    private String payload(LocalDate day) {
        return jdbc.queryForObject("SELECT payload FROM notification WHERE kind = 'DAILY_DIGEST' AND worker_code = ? AND notify_key LIKE ?",
                String.class, TestCounty.WORKER_ONE, "%" + day);
    }

    private String token(String role, String unit) {
        return api.post("/api/v1/tokens", "{\"role\":\"" + role + "\",\"unitCode\":\"" + unit + "\",\"label\":\"" + role + "\"}",
                clients.adminToken()).body().get("token").asString();
    }
}
