package cn.gridbot.app.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import cn.gridbot.admin.security.AdminProperties;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestState;
import cn.gridbot.grid.GridImporter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Grid resolution on the demo county through {@code POST /api/v1/routing/preview}: every grid's inside
 * point and near-boundary point, the bounding-box traps, the hole, the detached part, place names in
 * addresses, township and community names alone, and nothing at all. Nothing is stored.
 */
@IntegrationTest
class RoutingPreviewIT {

    private static final Logger log = LoggerFactory.getLogger(RoutingPreviewIT.class);

    @LocalServerPort
    int port;
    @Autowired
    AdminProperties admin;
    @Autowired
    GridImporter importer;
    @Autowired
    TestState state;
    @Autowired
    ObjectMapper json;

    final HttpClient http = HttpClient.newHttpClient();

    /** One routing case: what is sent and the grid (or unit, for names above the grid level) expected. */
    record Case(String text, Double lon, Double lat, String expectedGrid, String expectedUnit, String matchedBy) {

        static Case at(double lon, double lat, String grid) {
            return new Case("路灯坏了", lon, lat, grid, grid, "LOCATION");
        }

        static Case says(String text, String grid) {
            return new Case(text, null, null, grid, grid, "KEYWORD");
        }

        static Case narrows(String text, String unit) {
            return new Case(text, null, null, null, unit, "KEYWORD");
        }
    }

    @BeforeEach
    void loadDemoCounty() throws IOException {
        String geoJson = new ClassPathResource("demo/grids.geojson").getContentAsString(StandardCharsets.UTF_8);
        assertThat(importer.importGeoJson(geoJson).rejected()).isEmpty();
    }

    @Test
    void routesEveryDemoCaseToTheRightUnitAndStoresNothing() {
        List<Case> cases = new ArrayList<>(List.of(
                // Inside points and points 15–30 m from bent, slanted or stepped boundaries (demo/README.md).
                Case.at(105.330809, 30.105569, "AY-YY-BB-01"), Case.at(105.333612, 30.103314, "AY-YY-BB-01"),
                Case.at(105.338336, 30.103314, "AY-YY-BB-02"), Case.at(105.335689, 30.103314, "AY-YY-BB-02"),
                Case.at(105.332366, 30.103314, "AY-YY-BB-03"), Case.at(105.331483, 30.102548, "AY-YY-BB-03"),
                Case.at(105.332626, 30.097000, "AY-YY-LJ-01"), Case.at(105.335689, 30.095918, "AY-YY-LJ-01"),
                Case.at(105.338336, 30.097902, "AY-YY-LJ-02"), Case.at(105.335689, 30.096278, "AY-YY-LJ-02"),
                Case.at(105.348460, 30.104216, "AY-YY-JF-01"), Case.at(105.356247, 30.101330, "AY-YY-JF-01"),
                Case.at(105.348460, 30.096549, "AY-YY-JF-02"), Case.at(105.356247, 30.100789, "AY-YY-JF-02"),
                Case.at(105.354170, 30.088431, "AY-YY-JF-03"), Case.at(105.362165, 30.097902, "AY-YY-JF-03"),
                Case.at(105.321983, 30.083469, "AY-YY-JD-01"), Case.at(105.331639, 30.083289, "AY-YY-JD-01"),
                Case.at(105.336519, 30.083469, "AY-YY-JD-02"), Case.at(105.328940, 30.083650, "AY-YY-JD-02"),
                Case.at(105.431782, 30.037014, "AY-SY-YS-01"), Case.at(105.434430, 30.037014, "AY-SY-YS-01"),
                Case.at(105.437493, 30.037014, "AY-SY-YS-02"), Case.at(105.434845, 30.037014, "AY-SY-YS-02"),
                Case.at(105.452808, 30.041750, "AY-SY-TL-01"), Case.at(105.450212, 30.036293, "AY-SY-TL-01"),
                Case.at(105.452808, 30.030475, "AY-SY-TL-02"), Case.at(105.450212, 30.035932, "AY-SY-TL-02"),
                Case.at(105.278375, 30.189008, "AY-LT-LQ-01"), Case.at(105.278375, 30.190632, "AY-LT-LQ-01"),
                Case.at(105.278375, 30.192616, "AY-LT-LQ-02"), Case.at(105.278375, 30.190992, "AY-LT-LQ-02"),
                Case.at(105.295507, 30.198479, "AY-LT-BY-01"), Case.at(105.294261, 30.195142, "AY-LT-BY-01"),
                Case.at(105.295507, 30.187204, "AY-LT-BY-02"), Case.at(105.294676, 30.191894, "AY-LT-BY-02"),
                // Bounding-box traps: inside the first grid's box, but in another grid.
                Case.at(105.338596, 30.097902, "AY-YY-LJ-02"), Case.at(105.365072, 30.100608, "AY-YY-JF-02"),
                Case.at(105.364553, 30.097902, "AY-YY-JF-03"), Case.at(105.330289, 30.087980, "AY-YY-JD-02"),
                Case.at(105.330289, 30.078959, "AY-YY-JD-01"), Case.at(105.300698, 30.193518, "AY-LT-BY-02"),
                Case.at(105.289277, 30.193518, "AY-LT-BY-01"),
                // Place names in free text and inside longer addresses.
                Case.says("海慧路下水道堵了,臭得很", "AY-YY-BB-01"),
                Case.says("海慧路12号门口的井盖不见了", "AY-YY-BB-01"),
                Case.says("解放村1组曾家院子外的水井被污染了", "AY-YY-JF-01"),
                Case.says("我们贾岛村3组那边垃圾没人收", "AY-YY-JD-01"),
                Case.says("滨河路88号锦绣花园3栋楼道堆满杂物", "AY-YY-BB-02"),
                Case.says("柠都大道东门菜市场门口占道经营", "AY-YY-LJ-02"),
                Case.says("北坝社区海慧路的路灯坏了", "AY-YY-BB-01"),
                Case.says("石羊镇石羊老街的路烂了", "AY-SY-YS-02"),
                // A township or community alone narrows to that unit, never to a grid in it.
                Case.narrows("龙井社区这边好多垃圾", "AY-YY-LJ"),
                Case.narrows("石羊镇街上路灯都不亮", "AY-SY"),
                Case.narrows("北坝这边有人占道摆摊", "AY-YY-BB")));
        int right = 0;
        for (Case c : cases) {
            JsonNode answer = preview(c);
            String grid = answer.get("gridCode").isNull() ? null : answer.get("gridCode").asString();
            boolean ok = Objects.equals(grid, c.expectedGrid())
                    && answer.get("unitCode").asString().equals(c.expectedUnit())
                    && answer.get("matchedBy").asString().equals(c.matchedBy());
            assertThat(ok).as("%s → %s", c, answer).isTrue();
            right++;
        }
        log.info("Grid resolution: {}/{} demo cases routed as expected", right, cases.size());

        JsonNode outside = preview(new Case("路灯坏了", 105.320426, 30.104216, null, "AY", "NONE"));
        assertThat(outside.get("matchedBy").asString()).isEqualTo("NONE");
        assertThat(outside.get("gridCode").isNull()).isTrue();
        assertThat(state.count("grid_event")).isZero();
        assertThat(state.count("inbound_message")).isZero();
    }

    @Test
    void answersTheSpecFieldsAndFlagsEmergencies() {
        JsonNode answer = preview(new Case("快来人 海慧路有个老大爷倒在地上喊不醒", null, null, null, null, null));
        assertThat(answer.get("category").asString()).isEqualTo("EMERGENCY");
        assertThat(answer.get("urgent").asBoolean()).isTrue();
        assertThat(answer.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(answer.get("gridCode").asString()).isEqualTo("AY-YY-BB-01");
        assertThat(answer.get("matchedBy").asString()).isEqualTo("KEYWORD");
    }

    @Test
    void usesTheRegisteredGridOfAKnownResident() throws IOException {
        // R1 刘菊芬 is registered in AY-YY-BB-02 with openid demo-resident-1.
        var residents = new ClassPathResource("demo/residents.csv").getContentAsByteArray();
        var workers = new ClassPathResource("demo/workers.csv").getContentAsByteArray();
        post("/api/v1/workers/import", "text/csv", new String(workers, StandardCharsets.UTF_8));
        post("/api/v1/residents/import", "text/csv", new String(residents, StandardCharsets.UTF_8));
        JsonNode answer = post("/api/v1/routing/preview", "application/json",
                "{\"text\":\"下水道堵了\",\"openid\":\"demo-resident-1\"}").body();
        assertThat(answer.get("matchedBy").asString()).isEqualTo("REGISTERED");
        assertThat(answer.get("gridCode").asString()).isEqualTo("AY-YY-BB-02");
    }

    @Test
    void refusesABadRequestWithAProblemNamingTheField() {
        var missing = post("/api/v1/routing/preview", "application/json", "{\"longitude\":105.3}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("field").asString()).isEqualTo("text");
        var half = post("/api/v1/routing/preview", "application/json", "{\"text\":\"路灯坏了\",\"longitude\":105.3}");
        assertThat(half.status()).isEqualTo(400);
    }

    private JsonNode preview(Case c) {
        String body = "{\"text\":" + json.writeValueAsString(c.text())
                + (c.lon() == null ? "" : ",\"longitude\":" + c.lon() + ",\"latitude\":" + c.lat()) + "}";
        var response = post("/api/v1/routing/preview", "application/json", body);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    record Answer(int status, JsonNode body) {
    }

    private Answer post(String path, String type, String body) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Bearer " + admin.bootstrapToken()).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), json.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
