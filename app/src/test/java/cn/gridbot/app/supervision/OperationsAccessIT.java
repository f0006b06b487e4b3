package cn.gridbot.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gridbot.admin.security.AdminProperties;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestCounty;

/**
 * The operational endpoints: health is public and says only UP or DOWN; metrics and the rest
 * of {@code /actuator} need an ADMIN token or one of the METRICS role, which reads nothing else.
 */
@IntegrationTest
class OperationsAccessIT {

    @Autowired
    Clients clients;
    @Autowired
    AdminProperties admin;
    @Autowired
    TestCounty county;

    AdminClient api;

    @BeforeEach
    void setUp() {
        county.load();
        api = clients.api();
    }

    private String token(String role, String unit) {
        AdminClient.Answer created = api.post("/api/v1/tokens", "{\"role\":\"" + role + "\""
                + (unit == null ? "" : ",\"unitCode\":\"" + unit + "\"") + ",\"label\":\"" + role + "\"}", admin.bootstrapToken());
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("token").asString();
    }

    @Test
    void healthIsPublicAndAnswersOnlyItsStatus() {
        AdminClient.Answer health = api.get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.raw()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(api.get("/actuator/health", admin.bootstrapToken()).raw()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void metricsNeedAnAdminOrAMetricsToken() {
        assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(api.get("/actuator/prometheus", "gbt_not-a-token").status()).isEqualTo(401);
        assertThat(api.get("/actuator/prometheus", token("VIEWER", TestCounty.COUNTY)).status()).isEqualTo(403);
        assertThat(api.get("/actuator/prometheus", token("SUPERVISOR", TestCounty.COUNTY)).status()).isEqualTo(403);
        assertThat(api.get("/actuator", token("SUPERVISOR", TestCounty.COUNTY)).status()).isEqualTo(403);
        String scraper = token("METRICS", null);
        AdminClient.Answer scraped = api.get("/actuator/prometheus", scraper);
        assertThat(scraped.status()).isEqualTo(200);
        assertThat(scraped.raw()).contains("jvm_memory_used_bytes");
        assertThat(api.get("/actuator/prometheus", admin.bootstrapToken()).status()).isEqualTo(200);
    }

    @Test
    void aMetricsTokenReadsNothingElse() {
        String scraper = token("METRICS", null);
        for (String path : new String[] { "/api/v1/events", "/api/v1/residents", "/api/v1/workers", "/api/v1/notifications",
                "/api/v1/grids", "/api/v1/stats/overview", "/api/v1/events.csv" }) {
            AdminClient.Answer refused = api.get(path, scraper);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.get("/open311/v2/requests.json?api_key=" + scraper, null).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/tokens", "{\"role\":\"VIEWER\",\"unitCode\":\"TC\",\"label\":\"x\"}", scraper).status())
                .isEqualTo(403);
    }

    @Test
    void theApiDescriptionIsServedWhenSwitchedOn() {
        assertThat(api.get("/v3/api-docs", null).status()).isEqualTo(200);
    }
}
