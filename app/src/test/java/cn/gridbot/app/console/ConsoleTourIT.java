package cn.gridbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import cn.gridbot.app.simulator.Chromium;
import cn.gridbot.app.support.AdminClient;
import tools.jackson.databind.JsonNode;

/**
 * The README tour's console step, in the embedded mode on a fresh data folder: the demo's accounts exist with the
 * password kept in {@code data/console-password}, and 岳阳镇's supervisor sees its own complaints — figures,
 * ranked communities, grids and markers — and none of another township's. Its screenshots are the README's.
 */
class ConsoleTourIT {

    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    /** Complaints as an Open311 client would post them: place keyword, category, text. */
    private static final String[][] COMPLAINTS = { { "AY-YY-BB-01", "MUNICIPAL", "海慧路下水道堵了,臭得很" },
            { "AY-YY-BB-02", "URBAN_MANAGEMENT", "滨河路占道经营,车都过不去" }, { "AY-YY-LJ-01", "ENVIRONMENT", "外南街垃圾两天没人收" },
            { "AY-YY-LJ-02", "MUNICIPAL", "东门菜市场门口路灯坏了" }, { "AY-YY-JF-01", "DISPUTE", "曾家院子两家人为宅基地吵起来了" },
            { "AY-YY-JD-02", "SAFETY", "贾岛村村委会旁边电线垂得很低" }, { "AY-SY-YS-01", "ENVIRONMENT", "石羊农贸市场污水横流" } };

    @TempDir
    static Path temp;
    static ConfigurableApplicationContext app;
    static ChromeDriver browser;
    static AdminClient api;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        browser = Chromium.start(temp.resolve("chromium-profile"));
        app = new SpringApplicationBuilder(GridBotApplication.class)
                .run("--gridbot.data-dir=" + temp.resolve("data"), "--server.port=0");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        base = "http://127.0.0.1:" + port;
        api = new AdminClient(port);
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
    void yueyangsSupervisorSignsInWithTheDemoPasswordAndSeesOnlyTheTownship() throws IOException {
        String token = Files.readString(temp.resolve("data").resolve("admin-token")).strip();
        for (String[] complaint : COMPLAINTS) {
            JsonNode grid = api.get("/api/v1/grids/" + complaint[0], token).body();
            JsonNode ring = grid.get("geometry").get("type").asString().equals("MultiPolygon")
                    ? grid.get("geometry").get("coordinates").get(0).get(0) : grid.get("geometry").get("coordinates").get(0);
            double lon = 0;
            double lat = 0;
            for (int i = 0; i < ring.size() - 1; i++) {
                lon += ring.get(i).get(0).asDouble() / (ring.size() - 1);
                lat += ring.get(i).get(1).asDouble() / (ring.size() - 1);
            }
            String form = "api_key=" + token + "&service_code=" + complaint[1] + "&lat=" + lat + "&long=" + lon
                    + "&description=" + URLEncoder.encode(complaint[2], StandardCharsets.UTF_8);
            AdminClient.Answer posted = api.call("POST", "/open311/v2/requests.json", "application/x-www-form-urlencoded", form, null);
            assertThat(posted.status()).as(posted.raw()).isEqualTo(201);
        }
        String password = Files.readString(temp.resolve("data").resolve("console-password")).strip();

        ConsoleScreen page = new ConsoleScreen(browser, SCREENSHOTS, base);
        page.open();
        assertThat(page.signIn("yueyang", password)).contains("岳阳镇");
        page.overview();
        assertThat(page.figure("fig-received")).isEqualTo("6");
        assertThat(page.reportUnits()).contains("AY-YY-BB", "AY-YY-LJ", "AY-YY-JF", "AY-YY-JD");
        page.screenshot("tour-overview");
        assertThat(page.mapGrids()).hasSize(10).allSatisfy(code -> assertThat(code).startsWith("AY-YY-"));
        assertThat(page.mapMarkers()).hasSize(6);
        page.screenshot("tour-map");
        assertThat(page.events(null)).hasSize(6);
        page.screenshot("tour-events");
        page.signOut();
        assertThat(page.signIn("admin", password)).contains("全县");
        page.overview();
        assertThat(page.figure("fig-received")).isEqualTo("7");
    }
}
