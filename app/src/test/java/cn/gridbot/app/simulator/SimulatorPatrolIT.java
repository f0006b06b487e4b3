package cn.gridbot.app.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import cn.gridbot.app.GridBotApplication;

/**
 * A grid worker's patrol (巡查, README "The grid worker's own day") in the simulator, in a real (headless) Chromium against
 * GridBot in its embedded mode: "+ → 巡查" starts it and keeps the grid map open, each click on the map sends a
 * location of the track, "结束巡查" with a note ends it and the account's end reply gives the points and the share
 * inside the grid. Seconds long, the patrol is too short to count — the reply says so. Screenshots under
 * target/simulator-screenshots like {@link SimulatorBrowserIT}'s.
 */
class SimulatorPatrolIT {

    private static final Path SCREENSHOTS = Path.of("target", "simulator-screenshots");
    /** 张莉, the worker of 海慧路网格 (AY-YY-BB-01), whose middle is 北坝小学网格: the clicks go to its western strip. */
    private static final String WORKER = "demo-worker-W001";
    private static final String GRID = "AY-YY-BB-01";

    @TempDir
    static Path temp;
    static ConfigurableApplicationContext app;
    static ChromeDriver browser;
    static ChatPage page;

    @BeforeAll
    static void start() throws IOException {
        browser = Chromium.start(temp.resolve("chromium-profile"));
        app = new SpringApplicationBuilder(GridBotApplication.class)
                .run("--gridbot.data-dir=" + temp.resolve("data"), "--server.port=0");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        page = new ChatPage(browser, SCREENSHOTS);
        page.open("http://127.0.0.1:" + port + "/simulator");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aWorkerPatrolsByClickingOnTheGridMapAndSeesTheEndReply() {
        page.become(WORKER);
        assertThat(page.whoami()).contains("网格员").contains("海慧路网格");
        assertThat(page.startPatrol()).contains("巡查开始");
        assertThat(page.patrolPoint("北坝社区", GRID, -0.35, -0.3)).contains("第 1 个").contains("在本网格内");
        assertThat(page.patrolPoint("北坝社区", GRID, -0.35, 0)).contains("第 2 个");
        assertThat(page.patrolPoint("北坝社区", GRID, -0.35, 0.3)).contains("第 3 个").contains("在本网格内");
        assertThat(page.patrolPointsSent()).isEqualTo(3);
        assertThat(page.pinsOnMap()).as("one pin per point sent").isEqualTo(3);
        page.screenshot("8-worker-patrol-on-grid-map");

        String reply = page.endPatrol("沿海慧路巡查一圈,未见异常");
        assertThat(reply).contains("巡查结束").contains("位置点 3 个").contains("网格内 3 个(100%)").contains("未达到有效巡查");
        assertThat(page.myMessages()).anySatisfy(m -> assertThat(m).contains("结束巡查 沿海慧路巡查一圈"));
        page.screenshot("9-worker-patrol-ended");
    }
}
