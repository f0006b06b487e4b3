package cn.gridbot.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import cn.gridbot.app.GridBotApplication;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.wechat.WeChatProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A new user's path: the default (embedded) mode starts with no services at all — H2 in a folder and
 * Redis in-process on a free port — loads the demo county, and answers a signed message with an
 * event number. The demo county has a month of events from the first start, and a restart adds none. Two
 * instances in different folders run side by side.
 */
class EmbeddedModeIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsWithTheDemoCountyAndAnswersASignedComplaintWithAnEventNumber(@TempDir Path dataDir,
            @TempDir Path otherDir) throws Exception {
        long demoEvents;
        try (ConfigurableApplicationContext app = start(dataDir); ConfigurableApplicationContext other = start(otherDir)) {
            int port = port(app);
            WeChatProperties wechat = app.getBean(WeChatProperties.class);
            var client = new WeChatClient(port, wechat.appId(), wechat.token(), wechat.aesKey());
            String token = Files.readString(dataDir.resolve("admin-token")).strip();

            // The demo county comes with a month of events and its workers' self-reports (about one a week each since
            // the first day of the previous month): the console's figures and map are not empty.
            demoEvents = total(port, token);
            assertThat(demoEvents).isBetween(60L, 300L);
            JsonNode overview = json(get(port, "/api/v1/stats/overview", token));
            assertThat(overview.get("received").asLong()).isPositive();
            assertThat(overview.get("resolved").asLong()).isPositive();
            assertThat(overview.get("overdue").asLong()).isPositive();
            assertThat(overview.get("urgent").asLong()).isPositive();
            assertThat(overview.get("byChild")).hasSizeGreaterThan(1);
            JsonNode open = json(get(port, "/api/v1/events?size=500&status=REPORTED,ASSIGNED,ACCEPTED,RETURNED,ESCALATED,REOPENED", token));
            assertThat(open.get("items")).isNotEmpty().allSatisfy(e -> assertThat(e.get("longitude").isNumber()).isTrue());
            assertThat(open.get("items")).anySatisfy(e -> assertThat(e.get("overdue").asBoolean()).isTrue());
            for (String status : new String[] { "REPORTED", "ASSIGNED", "ACCEPTED", "RESOLVED", "CLOSED" }) {
                assertThat(json(get(port, "/api/v1/events?size=1&status=" + status, token)).get("total").asLong()).as(status)
                        .isPositive();
            }

            var reply = client.text("o-newcomer", "海慧路下水道堵了,臭得很");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(WeChatClient.eventNumberIn(reply.content())).matches("\\d{8}-\\d{4}");
            assertThat(reply.content()).contains("海慧路网格");

            HttpResponse<String> grids = get(port, "/api/v1/grids", token);
            assertThat(grids.statusCode()).isEqualTo(200);
            assertThat(grids.body()).contains("安岳县").contains("北坝社区").contains("龙井社区").contains("解放村").contains("贾岛村");

            // The event list on H2: a page from the front half and one read from the list's other end.
            String second = WeChatClient.eventNumberIn(client.text("o-newcomer", "贾岛村路灯坏了好几天了").content());
            assertThat(get(port, "/api/v1/events?size=1&page=0", token).body()).contains(second).contains("\"total\":" + (demoEvents + 2));
            assertThat(get(port, "/api/v1/events?size=1&page=1", token).body())
                    .contains(WeChatClient.eventNumberIn(reply.content())).doesNotContain(second);

            // Health is public and says only UP or DOWN (its status still covers the database and Redis);
            // metrics need a token.
            HttpResponse<String> health = get(port, "/actuator/health", null);
            assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(get(port, "/actuator/prometheus", null).statusCode()).isEqualTo(401);
            assertThat(get(port, "/actuator/prometheus", token).body()).contains("jvm_memory_used_bytes");

            // The address the README's run command prints opens the simulator.
            HttpResponse<String> home = get(port, "/", null);
            assertThat(home.statusCode()).isEqualTo(302);
            assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/simulator/"));

            assertThat(Files.exists(dataDir.resolve("gridbot.mv.db"))).isTrue();
            assertThat(port(other)).isNotEqualTo(port);
            assertThat(get(port(other), "/actuator/health", null).body()).contains("\"status\":\"UP\"");
        }
        // A restart keeps what was there and adds no demo events.
        try (ConfigurableApplicationContext again = start(dataDir)) {
            String token = Files.readString(dataDir.resolve("admin-token")).strip();
            assertThat(total(port(again), token)).isEqualTo(demoEvents + 2);
        }
    }

    private long total(int port, String token) throws Exception {
        return json(get(port, "/api/v1/events?size=1", token)).get("total").asLong();
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(GridBotApplication.class)
                .run("--gridbot.data-dir=" + dataDir, "--server.port=0");
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private HttpResponse<String> get(int port, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
