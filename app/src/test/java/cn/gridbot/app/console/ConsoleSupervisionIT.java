package cn.gridbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import cn.gridbot.admin.security.AdminProperties;
import cn.gridbot.app.simulator.Chromium;
import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestClock;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.TestDepartments;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.register.RegisterKind;
import tools.jackson.databind.JsonNode;

/**
 * The console's supervision pages in a real (headless) Chromium against the real MariaDB and Redis: the
 * assessment's ranked table (README "Departments and supervision") and the registers (README "Registers") with
 * the masked values, SPECIAL refused and another township's rows out of sight. Screenshots under
 * target/console-screenshots. Also a supervisor approving a worker's extension and transferring the event to a
 * department, and unmerging a merged report (README "Departments and supervision"; merging on, as in MergeIT).
 */
@IntegrationTest
@TestPropertySource(properties = "gridbot.merge.enabled=true")
class ConsoleSupervisionIT {

    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final String PASSWORD = "correct-horse-7";
    private static final String PHONE = "13957319246";
    private static final String ID_NUMBER = "51010219870314283X";

    @TempDir
    static Path temp;
    static ChromeDriver browser;

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

    AdminClient api;
    ConsoleScreen page;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Chromium.start(temp.resolve("chromium-profile"));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void setUp() {
        county.load();
        api = clients.api();
        page = new ConsoleScreen(browser, SCREENSHOTS, "http://127.0.0.1:" + port);
        page.resize(1280, 900);
    }

    private void account(String username, String role, String unit) {
        AdminClient.Answer created = api.post("/api/v1/users", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"" + role + "\"" + (unit == null ? "" : ",\"unitCode\":\"" + unit + "\"") + "}",
                admin.bootstrapToken());
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
    }

    private void upload(RegisterKind kind, String row) {
        AdminClient.Answer answer = api.call("POST", "/api/v1/registers/" + kind + "/import", "text/csv",
                String.join(",", kind.header()) + "\n" + row + "\n", admin.bootstrapToken());
        assertThat(answer.body().get("imported").asInt()).as(answer.raw()).isEqualTo(1);
    }

    @Test
    void aSupervisorSeesTheRankedAssessmentOfTheirTownship() throws IOException {
        account("east", "SUPERVISOR", TestCounty.EAST_TOWN);
        WeChatClient wx = clients.wechat();
        String number = WeChatClient.eventNumberIn(wx.text("o-east", "幸福路下水道堵了,臭得很").content());
        assertThat(wx.text(TestCounty.WORKER_ONE_OPENID, "签收 " + number).content()).contains("已签收");
        assertThat(wx.text(TestCounty.WORKER_ONE_OPENID, "办结 " + number + " 已疏通").content()).contains("已办结");
        String month = YearMonth.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).toString();

        page.open();
        page.signIn("east", PASSWORD);
        assertThat(page.tableRows("assessment?month=" + month + "&level=WORKER", "assessment-list"))
                .first().asString().startsWith("1 ").contains("W101").contains("王一").contains("1/1");
        assertThat(page.shown("a-scope")).contains(month);
        page.screenshot("7-assessment");
        assertThat(page.tableRows("assessment?month=" + month + "&level=TOWNSHIP", "assessment-list"))
                .singleElement().asString().startsWith("1 ").contains(TestCounty.EAST_TOWN);
    }

    @Test
    void registersShowMaskedValuesInScopeAndRefuseSpecialToASupervisor() throws IOException {
        account("east", "SUPERVISOR", TestCounty.EAST_TOWN);
        account("west", "SUPERVISOR", TestCounty.WEST_TOWN);
        upload(RegisterKind.FLOATING, "打工仔," + ID_NUMBER + "," + PHONE + ",四川南充,幸福路3号," + TestCounty.GRID_ONE
                + ",2026-06-01,2027-03-01,90,2026-11-01");
        upload(RegisterKind.HOUSE, "幸福路12号," + TestCounty.GRID_ONE + ",砖混,自住,付良容," + PHONE + ",2,否,,");
        upload(RegisterKind.SPECIAL, "周某某," + ID_NUMBER + ",社区矫正,幸福路5号," + TestCounty.GRID_ONE + ",30,");

        page.open();
        page.signIn("east", PASSWORD);
        assertThat(page.tableRows("registers?kind=FLOATING", "register-list")).singleElement().asString()
                .contains("打工仔").contains("139****9246").contains("510102********X").doesNotContain(PHONE)
                .doesNotContain(ID_NUMBER);
        page.screenshot("8-registers-floating");
        assertThat(page.tableRows("registers?kind=HOUSE", "register-list")).singleElement().asString()
                .contains("幸福路12号").contains("付良容").contains("139****9246").doesNotContain(PHONE);
        page.go("#/registers?kind=SPECIAL");
        assertThat(page.shown("register-refused")).isEqualTo("无权查看");
        assertThat(page.tableRows("registers?kind=SPECIAL", "register-list")).singleElement().asString()
                .doesNotContain("周某某");
        page.signOut();

        page.signIn("west", PASSWORD);
        assertThat(page.tableRows("registers?kind=HOUSE", "register-list")).singleElement().asString()
                .contains("没有登记").doesNotContain("幸福路12号");
        assertThat(page.tableRows("registers?kind=FLOATING", "register-list")).singleElement().asString()
                .contains("没有登记").doesNotContain("打工仔");
        page.signOut();

        account("county", "ADMIN", null);
        page.signIn("county", PASSWORD);
        assertThat(page.tableRows("registers?kind=SPECIAL", "register-list")).singleElement().asString()
                .contains("周某某").contains("社区矫正");
    }

    @Test
    void aSupervisorApprovesAnExtensionAndTransfersTheEventToADepartment() throws IOException {
        TestDepartments.load(api, admin.bootstrapToken());
        account("east", "SUPERVISOR", TestCounty.EAST_TOWN);
        clock.advance(Duration.between(clock.instant(), OffsetDateTime.parse("2026-12-28T10:00:00+08:00").toInstant()));
        WeChatClient wx = clients.wechat();
        String number = WeChatClient.eventNumberIn(wx.text("o-east", "幸福路下水道堵了 污水漫到路上").content());
        assertThat(wx.text(TestCounty.WORKER_ONE_OPENID, "签收 " + number).content()).contains("已签收");
        assertThat(wx.text(TestCounty.WORKER_ONE_OPENID, "延期 " + number + " 1 等待管道配件到货").content()).contains("已提交延期申请");

        page.open();
        page.signIn("east", PASSWORD);
        page.events(null);
        page.screenshot("9-extension-pending");
        assertThat(page.decideExtension(number, "approve", "同意,尽快办结")).isEqualTo("已批准延期");
        JsonNode approved = api.get("/api/v1/extensions?status=APPROVED", admin.bootstrapToken()).body().get("items").get(0);
        assertThat(approved.get("eventNumber").asString()).isEqualTo(number);
        assertThat(approved.get("decidedBy").asString()).contains("east");

        page.events(null);
        page.openEvent(number);
        assertThat(page.timeline()).anySatisfy(step -> assertThat(step).contains("批准延期"));
        assertThat(page.transfer(TestDepartments.HOUSING, "管道属住建局")).contains("已完成:转派");
        assertThat(page.timeline()).anySatisfy(step -> assertThat(step).contains("转派住建局"));
        page.screenshot("10-event-transferred");
        JsonNode event = api.get("/api/v1/events/" + number, admin.bootstrapToken()).body();
        assertThat(event.get("assigneeCode").asString()).isEqualTo(TestDepartments.HOUSING_STAFF);
        assertThat(page.transfer(TestCounty.EAST_TOWN, "再转")).as("a township is no department").contains("操作失败");
    }

    @Test
    void aSupervisorUnmergesAMergedReport() throws IOException {
        account("east", "SUPERVISOR", TestCounty.EAST_TOWN);
        WeChatClient wx = clients.wechat();
        String main = WeChatClient.eventNumberIn(wx.text("o-merge-1", "幸福路12号门口下水道堵了,污水冒出来了").content());
        String again = WeChatClient.eventNumberIn(wx.text("o-merge-2", "幸福路12号门口的下水道又堵了,污水都冒出来了").content());
        assertThat(api.get("/api/v1/events/" + again, admin.bootstrapToken()).body().get("mergedInto").asString()).isEqualTo(main);

        page.open();
        page.signIn("east", PASSWORD);
        page.go("#/events/" + again);
        assertThat(page.shown("event-merged-into")).isEqualTo(main);
        assertThat(page.status()).contains("已合并");
        assertThat(page.act("do-unmerge", "是另一处下水道")).contains("已完成:取消合并");
        assertThat(page.status()).contains("已派发");
        assertThat(page.showsUnmerge()).isFalse();
        page.screenshot("11-event-unmerged");
        JsonNode event = api.get("/api/v1/events/" + again, admin.bootstrapToken()).body();
        assertThat(event.get("mergedInto").isNull()).isTrue();
        assertThat(event.get("status").asString()).isEqualTo("ASSIGNED");
    }
}
