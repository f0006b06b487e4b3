package cn.gridbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gridbot.admin.security.AdminProperties;
import cn.gridbot.app.simulator.Chromium;
import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.NotRuledOut;
import cn.gridbot.app.support.TestClock;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.classify.Classifier;
import tools.jackson.databind.JsonNode;

/**
 * The console in a real (headless) Chromium against the real MariaDB and Redis: sign-in and lock-out, the
 * overview, a supervisor acting on an event, and a supervisor who sees only their township on the list and
 * the map. Screenshots of each page are kept under target/console-screenshots.
 */
@IntegrationTest
class ConsoleBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final String PASSWORD = "correct-horse-7";
    private static final String WEST_COMMUNITY = "TC-B-1";
    private static final String WEST_GRID = "TC-B-1-01";

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
    @Autowired
    Classifier classifier;

    AdminClient api;
    ConsoleScreen page;
    String eastEvent;
    String eastLocated;
    String westEvent;

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
        // 西城镇 gets a community and a grid, so that its events have a place on the map too.
        String west = "{\"type\":\"FeatureCollection\",\"features\":["
                + TestCounty.feature(WEST_COMMUNITY, "西城社区", "COMMUNITY", TestCounty.WEST_TOWN, "\"西城社区\"", null) + ","
                + TestCounty.feature(WEST_GRID, "西城街网格", "GRID", WEST_COMMUNITY, "\"西城街\"",
                        TestCounty.square(104.030, 30.000, 104.040, 30.010)) + "]}";
        assertThat(api.post("/api/v1/grids/import", west, admin.bootstrapToken()).status()).isEqualTo(200);
        WeChatClient wx = clients.wechat();
        eastEvent = WeChatClient.eventNumberIn(wx.text("o-east", "幸福路下水道堵了,臭得很,我电话13912345678").content());
        wx.text("o-east-2", "垃圾好几天没人收了臭得很");
        eastLocated = WeChatClient.eventNumberIn(wx.location("o-east-2", 104.015, 30.005, "建设路8号").content());
        wx.text("o-west", "路灯坏了好几天了");
        westEvent = WeChatClient.eventNumberIn(wx.location("o-west", 104.035, 30.005, "西城街3号").content());
        page = new ConsoleScreen(browser, SCREENSHOTS, "http://127.0.0.1:" + port);
        page.resize(1280, 900);
    }

    private void account(String username, String role, String unit) {
        AdminClient.Answer created = api.post("/api/v1/users", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"" + role + "\"" + (unit == null ? "" : ",\"unitCode\":\"" + unit + "\"") + "}",
                admin.bootstrapToken());
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
    }

    @Test
    void anAdminSignsInToTheOverviewWithFiguresTrendAndTheRankedReport() throws IOException {
        account("county", "ADMIN", null);
        page.open();
        assertThat(page.signIn("county", PASSWORD)).contains("county").contains("管理员").contains("全县");
        assertThat(page.sessionCookies()).as("the session is no cookie").doesNotContain("gbs_");
        page.overview();
        assertThat(page.figure("fig-received")).isEqualTo("3");
        assertThat(page.reportUnits()).containsExactlyInAnyOrder(TestCounty.EAST_TOWN, TestCounty.WEST_TOWN);
        assertThat(page.reportRow(TestCounty.EAST_TOWN)).contains("东城镇");
        page.screenshot("1-overview");
        page.resize(820, 1180);
        page.overview();
        assertThat(page.figure("fig-received")).isEqualTo("3");
        page.screenshot("1-overview-tablet");
        page.resize(1280, 900);

        // Today's patrols on the workers page: 王一's, ended at once and so too short to count.
        WeChatClient wx = clients.wechat();
        wx.text(TestCounty.WORKER_ONE_OPENID, "巡查");
        wx.location(TestCounty.WORKER_ONE_OPENID, 104.005, 30.005, "幸福路5号");
        assertThat(wx.text(TestCounty.WORKER_ONE_OPENID, "结束巡查").content()).contains("巡查结束");
        assertThat(page.tableRows("workers", "worker-list")).anySatisfy(row -> assertThat(row).contains("王一").contains("W101")
                .containsPattern("\\d\\d:\\d\\d 无效"));
        page.screenshot("5-workers");
        page.signOut();
        assertThat(page.signedIn()).isFalse();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() throws IOException {
        account("careless", "SUPERVISOR", TestCounty.EAST_TOWN);
        page.open();
        assertThat(page.refusedSignIn("nobody", PASSWORD)).contains("用户名或密码错误");
        for (int i = 1; i <= 4; i++) {
            assertThat(page.refusedSignIn("careless", "wrong-password-" + i)).contains("用户名或密码错误");
        }
        assertThat(page.refusedSignIn("careless", "wrong-password-5")).contains("锁定");
        assertThat(page.refusedSignIn("careless", PASSWORD)).as("even the right password while locked").contains("锁定");
        page.screenshot("0-locked");
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(page.signIn("careless", PASSWORD)).contains("careless").contains("东城镇");
    }

    @Test
    void aSupervisorReassignsClosesAndReopensAnEventFromTheConsole() throws IOException {
        account("east", "SUPERVISOR", TestCounty.EAST_TOWN);
        page.open();
        page.signIn("east", PASSWORD);
        assertThat(page.events(null)).contains(eastEvent, eastLocated).doesNotContain(westEvent);
        page.openEvent(eastEvent);
        assertThat(page.status()).contains("已派发");
        assertThat(page.timeline()).isNotEmpty();
        assertThat(page.showsActions()).isTrue();

        assertThat(page.assign(TestCounty.WORKER_TWO, "改派李二,建设路那边人手足")).contains("已完成");
        assertThat(page.status()).contains("已派发");
        assertThat(page.timeline()).anySatisfy(step -> assertThat(step).contains("改派李二"));
        assertThat(page.act("do-close", "先关了")).contains("当前状态不能这样办理");
        page.screenshot("2-event-reassigned");

        WeChatClient wx = clients.wechat();
        assertThat(wx.text(TestCounty.WORKER_TWO_OPENID, "签收 " + eastEvent).content()).contains("已签收");
        assertThat(wx.text(TestCounty.WORKER_TWO_OPENID, "办结 " + eastEvent + " 已疏通").content()).contains("已办结");
        page.events(null);
        page.openEvent(eastEvent);
        assertThat(page.status()).contains("已办结");
        assertThat(page.act("do-close", "核实已疏通")).contains("已完成");
        assertThat(page.status()).contains("已关闭");
        assertThat(page.act("do-reopen", "居民说又堵了")).contains("已完成");
        assertThat(page.status()).contains("已重办");
        page.screenshot("3-event-closed-and-reopened");

        JsonNode event = api.get("/api/v1/events/" + eastEvent, admin.bootstrapToken()).body();
        assertThat(event.get("status").asString()).isEqualTo("REOPENED");
        assertThat(event.get("timeline").findValuesAsString("note")).contains("核实已疏通", "居民说又堵了")
                .anySatisfy(note -> assertThat(note).startsWith("改派李二,建设路那边人手足"));
        assertThat(event.get("assigneeCode").asString()).isEqualTo(TestCounty.WORKER_TWO);
        assertThat(event.get("timeline").findValuesAsString("actor")).anySatisfy(actor -> assertThat(actor).contains("east"));
        assertThat(page.timeline()).noneSatisfy(step -> assertThat(step).contains("13912345678"));
    }

    @Test
    void anEventWhoseDangerIsNotRuledOutIsMarkedToCheckOnTheListAndTheEvent() throws IOException {
        WeChatClient wx = clients.wechat();
        wx.text("o-not-ruled-out", NotRuledOut.complaint(classifier));
        String flagged = WeChatClient.eventNumberIn(wx.text("o-not-ruled-out", "阳光小区3栋").content());
        assertThat(api.get("/api/v1/events/" + flagged, admin.bootstrapToken()).body().get("dangerNotRuledOut").asBoolean())
                .isTrue();
        account("east", "SUPERVISOR", TestCounty.EAST_TOWN);
        page.open();
        page.signIn("east", PASSWORD);
        assertThat(page.events(null)).contains(flagged, eastEvent);
        assertThat(page.listedRow(flagged)).contains("待核实");
        assertThat(page.listedRow(eastEvent)).doesNotContain("待核实");
        assertThat(page.eventsToCheck()).containsExactly(flagged);
        page.openEvent(flagged);
        assertThat(page.category()).contains("危险未排除,请电话核实");
        page.screenshot("7-danger-not-ruled-out");
    }

    @Test
    void aSupervisorSeesOnlyTheirTownshipOnTheListAndTheMap() throws IOException {
        account("east", "SUPERVISOR", TestCounty.EAST_TOWN);
        account("west", "VIEWER", TestCounty.WEST_TOWN);
        AdminClient.Answer imported = api.call("POST", "/api/v1/residents/import", "text/csv",
                "name,gender,birthDate,phone,address,gridCode,tags,visitIntervalDays,lastVisitDate,openid\n"
                        + "付良容,F,1938-05-16,13900001111,幸福路12号,TC-A-1-01,ELDERLY,14,,\n", admin.bootstrapToken());
        assertThat(imported.status()).isEqualTo(200);
        page.open();
        page.signIn("east", PASSWORD);
        assertThat(page.tableRows("residents", "resident-list")).singleElement().satisfies(row ->
                assertThat(row).contains("付良容").contains("139****1111").doesNotContain("13900001111"));
        assertThat(page.events("REPORTED,ASSIGNED,ACCEPTED,RETURNED,ESCALATED,REOPENED")).contains(eastEvent, eastLocated)
                .doesNotContain(westEvent);
        assertThat(page.mapGrids()).containsExactlyInAnyOrder(TestCounty.GRID_ONE, TestCounty.GRID_TWO);
        assertThat(page.mapMarkers()).containsExactly(eastLocated);
        assertThat(page.mapShade(TestCounty.GRID_ONE)).as("open events there").isEqualTo("#f59a23");
        assertThat(page.mapSummary()).contains("网格 2 个");
        page.screenshot("4-map-east");
        page.openMarker(eastLocated);
        assertThat(page.status()).contains("已派发");
        page.signOut();

        page.signIn("west", PASSWORD);
        assertThat(page.events(null)).containsExactly(westEvent);
        assertThat(page.mapGrids()).containsExactly(WEST_GRID);
        assertThat(page.mapMarkers()).containsExactly(westEvent);
        page.events(null);
        page.openEvent(westEvent);
        assertThat(page.showsActions()).as("a VIEWER only reads").isFalse();
        page.go("#/events/" + eastEvent);
        assertThat(page.failure()).contains("加载失败");
        page.screenshot("6-viewer-west");
    }
}
