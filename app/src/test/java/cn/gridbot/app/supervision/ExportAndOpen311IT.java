package cn.gridbot.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gridbot.admin.security.AdminProperties;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.wechat.WeChatProperties;
import tools.jackson.databind.JsonNode;

/** The CSV export parsed back, Open311 checked field by field against GeoReport v2, and the OpenAPI document. */
@IntegrationTest
class ExportAndOpen311IT {

    @Autowired
    Clients clients;
    @Autowired
    AdminProperties admin;
    @Autowired
    WeChatProperties wechat;
    @Autowired
    TestCounty county;

    AdminClient api;
    String number;

    @BeforeEach
    void setUp() throws Exception {
        county.load();
        api = clients.api();
        WeChatClient wx = clients.wechat();
        number = WeChatClient.eventNumberIn(wx.text("o-csv", "幸福路下水道堵了,\"臭\"得很,电话13912345678").content());
        WeChatClient.eventNumberIn(wx.text("o-csv2", "建设路路灯坏了好几天了").content());
    }

    @Test
    void theCsvExportOpensInASpreadsheetAndParsesBack() throws Exception {
        AdminClient.Answer csv = api.get("/api/v1/events.csv?gridCode=TC-A-1-01", admin.bootstrapToken());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.raw()).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.raw().substring(1))).getRecords();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("number")).isEqualTo(number);
        assertThat(rows.get(0).get("categoryLabel")).isEqualTo("市政设施");
        assertThat(rows.get(0).get("description")).isEqualTo("幸福路下水道堵了,\"臭\"得很,电话13912345678");
        assertThat(rows.get(0).get("createdAt")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    }

    @Test
    void cellsASpreadsheetWouldRunAsAFormulaAreNeutralised() throws Exception {
        String[] complaints = { "=HYPERLINK(\"http://evil.example/\",\"点我\") 幸福路下水道堵了", "+1+1 幸福路路灯坏了",
                "-2+3 幸福路井盖丢了", "@SUM(1) 幸福路垃圾没人收" };
        WeChatClient wx = clients.wechat();
        for (String complaint : complaints) {
            WeChatClient.eventNumberIn(wx.text("o-formula", complaint).content());
        }
        String token = admin.bootstrapToken();
        for (String reader : new String[] { token, viewerOfTheCounty() }) {
            String raw = api.get("/api/v1/events.csv?gridCode=TC-A-1-01", reader).raw();
            List<CSVRecord> rows = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(raw.substring(1))).getRecords();
            List<String> descriptions = rows.stream().map(r -> r.get("description")).toList();
            for (String complaint : complaints) {
                assertThat(descriptions).contains("'" + complaint);
            }
            assertThat(rows).allSatisfy(row -> row.toList().forEach(cell ->
                    assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")));
        }
    }

    @Test
    void open311ServicesAndRequestsUseTheStandardsFields() {
        JsonNode services = api.get("/open311/v2/services.json", null).body();
        assertThat(services).hasSize(10);
        JsonNode service = services.get(2);
        for (String field : new String[] { "service_code", "service_name", "description", "metadata", "type", "keywords", "group" }) {
            assertThat(service.has(field)).as(field).isTrue();
        }
        assertThat(service.get("service_code").asString()).isEqualTo("MUNICIPAL");

        String viewer = "?api_key=" + viewerOfTheCounty();
        JsonNode one = api.get("/open311/v2/requests/" + number + ".json" + viewer, null).body();
        assertThat(one).hasSize(1);
        JsonNode request = one.get(0);
        for (String field : new String[] { "service_request_id", "status", "status_notes", "service_name", "service_code",
                "description", "agency_responsible", "service_notice", "requested_datetime", "updated_datetime",
                "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url" }) {
            assertThat(request.has(field)).as(field).isTrue();
        }
        assertThat(request.get("service_request_id").asString()).isEqualTo(number);
        assertThat(request.get("status").asString()).isEqualTo("open");
        assertThat(request.get("service_code").asString()).isEqualTo("MUNICIPAL");
        assertThat(request.get("description").asString()).contains("139****5678").doesNotContain("13912345678");
        assertThat(request.get("requested_datetime").asString()).endsWith("+08:00");
        assertThat(request.get("agency_responsible").asString()).isEqualTo("幸福路网格");
        AdminClient.Answer all = api.get("/open311/v2/requests.json" + viewer, null);
        assertThat(all.body()).as(all.status() + " " + all.raw()).hasSize(2);
        assertThat(api.get("/open311/v2/requests.json" + viewer + "&status=open", null).body()).hasSize(2);
        JsonNode missing = api.get("/open311/v2/requests/20000101-0001.json" + viewer, null).body();
        assertThat(missing.get(0).get("code").asInt()).isEqualTo(404);
    }

    @Test
    void open311PostCreatesAnEventWithAnApiKey() {
        String form = "api_key=" + admin.bootstrapToken() + "&service_code=ENVIRONMENT&lat=30.005&long=104.015"
                + "&description=" + URLEncoder.encode("建设路有人倒建筑垃圾", StandardCharsets.UTF_8)
                + "&media_url=" + URLEncoder.encode("http://example.org/p.jpg", StandardCharsets.UTF_8);
        AdminClient.Answer created = api.call("POST", "/open311/v2/requests.json", "application/x-www-form-urlencoded", form, null);
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get(0).get("service_request_id").asString();
        JsonNode request = api.get("/open311/v2/requests/" + id + ".json", admin.bootstrapToken()).body().get(0);
        assertThat(request.get("service_code").asString()).isEqualTo("ENVIRONMENT");
        assertThat(request.get("lat").asDouble()).isEqualTo(30.005);
        assertThat(request.get("long").asDouble()).isEqualTo(104.015);
        assertThat(request.get("media_url").asString()).isEqualTo("http://example.org/p.jpg");
        JsonNode event = api.get("/api/v1/events/" + id, admin.bootstrapToken()).body();
        assertThat(event.get("gridCode").asString()).isEqualTo(TestCounty.GRID_TWO);

        AdminClient.Answer noKey = api.call("POST", "/open311/v2/requests.json", "application/x-www-form-urlencoded",
                "service_code=ENVIRONMENT&lat=30.005&long=104.015&description=x", null);
        assertThat(noKey.status()).isEqualTo(403);
        assertThat(noKey.body().get(0).get("code").asInt()).isEqualTo(403);
    }

    private String viewerOfTheCounty() {
        AdminClient.Answer created = api.post("/api/v1/tokens",
                "{\"role\":\"VIEWER\",\"unitCode\":\"" + TestCounty.COUNTY + "\",\"label\":\"Open311 reader\"}",
                admin.bootstrapToken());
        return created.body().get("token").asString();
    }

    @Test
    void theOpenApiDocumentDescribesTheAdminApi() {
        AdminClient.Answer docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/api/v1/events")).isTrue();
        assertThat(docs.body().get("paths").has("/api/v1/stats/overview")).isTrue();
        assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }
}
