package cn.gridbot.app.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gridbot.admin.security.AdminProperties;
import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.WeChatClient;

/**
 * Open311 as FixMyStreet's client speaks it — XML, form posts with the standard's fields — and every
 * answer, in both formats, checked field by field against this suite's copy of the GeoReport v2 rules.
 */
@IntegrationTest
class Open311XmlIT {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Autowired
    Clients clients;
    @Autowired
    AdminProperties admin;
    @Autowired
    TestCounty county;

    AdminClient api;
    String east;
    String eastEvent;
    String westEvent;

    @BeforeEach
    void setUp() {
        county.load();
        api = clients.api();
        WeChatClient wx = clients.wechat();
        eastEvent = WeChatClient.eventNumberIn(wx.text("o-east", "幸福路下水道堵了 我电话13912345678 <b>&臭</b>").content());
        westEvent = WeChatClient.eventNumberIn(wx.text("o-west", "西城镇街上路灯全坏了").content());
        east = api.post("/api/v1/tokens", "{\"role\":\"SUPERVISOR\",\"unitCode\":\"" + TestCounty.EAST_TOWN
                + "\",\"label\":\"FixMyStreet\"}", admin.bootstrapToken()).body().get("token").asString();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    @Test
    void fixMyStreetPostsAFormToRequestsXmlAndReadsTheRequestBackById() {
        AdminClient.Answer services = api.get("/open311/v2/services.xml?jurisdiction_id=anyue", null);
        assertThat(services.status()).isEqualTo(200);
        assertThat(services.contentType()).startsWith("text/xml");
        List<Map<String, String>> offered = GeoReportV2.xml(services.raw(), "services", "service");
        assertThat(offered).extracting(s -> s.get("service_code")).contains("ENVIRONMENT", "MUNICIPAL");

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jurisdiction_id", "anyue");
        fields.put("api_key", east);
        fields.put("service_code", "ENVIRONMENT");
        fields.put("lat", "30.005");
        fields.put("long", "104.015");
        fields.put("address_string", "建设路 8 号");
        fields.put("description", "建设路有人倒建筑垃圾 & <很多>");
        fields.put("email", "reporter@example.org");
        fields.put("first_name", "晓");
        fields.put("last_name", "王");
        fields.put("phone", "13812345678");
        fields.put("media_url", "http://example.org/p.jpg");
        fields.put("attribute[report_title]", "建筑垃圾");
        AdminClient.Answer created = api.call("POST", "/open311/v2/requests.xml", FORM, form(fields), null);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.contentType()).startsWith("text/xml");
        List<Map<String, String>> answer = GeoReportV2.xml(created.raw(), "service_requests", "request");
        GeoReportV2.check(answer, GeoReportV2.CREATED);
        String id = answer.get(0).get("service_request_id");

        AdminClient.Answer byIds = api.get("/open311/v2/requests.xml?jurisdiction_id=anyue&api_key=" + east
                + "&service_request_id=" + id + "," + eastEvent + "," + westEvent, null);
        assertThat(byIds.status()).isEqualTo(200);
        List<Map<String, String>> requests = GeoReportV2.xml(byIds.raw(), "service_requests", "request");
        GeoReportV2.check(requests, GeoReportV2.SERVICE_REQUEST);
        assertThat(requests).extracting(r -> r.get("service_request_id")).containsExactly(id, eastEvent);
        Map<String, String> mine = requests.get(0);
        assertThat(mine.get("status")).isEqualTo("open");
        assertThat(mine.get("service_code")).isEqualTo("ENVIRONMENT");
        assertThat(mine.get("description")).isEqualTo("建设路有人倒建筑垃圾 & <很多>");
        assertThat(mine.get("address")).isEqualTo("建设路 8 号");
        assertThat(Double.parseDouble(mine.get("lat"))).isEqualTo(30.005);
        assertThat(Double.parseDouble(mine.get("long"))).isEqualTo(104.015);
        assertThat(mine.get("media_url")).isEqualTo("http://example.org/p.jpg");
        assertThat(mine.get("requested_datetime")).endsWith("+08:00");
        // The contact fields are not kept: nothing shows them, to any reader.
        String asAdmin = api.get("/open311/v2/requests/" + id + ".xml", admin.bootstrapToken()).raw()
                + api.get("/api/v1/events/" + id, admin.bootstrapToken()).raw();
        assertThat(asAdmin).doesNotContain("reporter@example.org").doesNotContain("13812345678");

        AdminClient.Answer one = api.get("/open311/v2/requests/" + id + ".xml?api_key=" + east, null);
        assertThat(GeoReportV2.xml(one.raw(), "service_requests", "request")).containsExactly(mine);
        assertThat(api.get("/api/v1/events/" + id, admin.bootstrapToken()).body().get("gridCode").asString())
                .isEqualTo(TestCounty.GRID_TWO);
    }

    @Test
    void everyEndpointAnswersTheSameRecordsInJsonAndXmlByTheStandardsRules() {
        String key = "api_key=" + east;
        List<Map<String, String>> servicesJson = GeoReportV2.json(api.get("/open311/v2/services.json", null).body());
        List<Map<String, String>> servicesXml = GeoReportV2.xml(api.get("/open311/v2/services.xml", null).raw(), "services", "service");
        GeoReportV2.check(servicesJson, GeoReportV2.SERVICE);
        GeoReportV2.check(servicesXml, GeoReportV2.SERVICE);
        assertThat(servicesXml).hasSize(10).isEqualTo(servicesJson);

        Map<String, String> definitionJson = GeoReportV2.json(api.get("/open311/v2/services/MUNICIPAL.json", null).body()).get(0);
        Map<String, String> definitionXml = GeoReportV2.xmlObject(api.get("/open311/v2/services/MUNICIPAL.xml", null).raw(),
                "service_definition");
        GeoReportV2.check(List.of(definitionJson, definitionXml), GeoReportV2.SERVICE_DEFINITION);
        assertThat(definitionXml).isEqualTo(definitionJson).containsEntry("service_code", "MUNICIPAL");

        for (String query : new String[] { "?" + key, "?" + key + "&status=open", "?" + key + "&service_code=MUNICIPAL",
                "?" + key + "&service_request_id=" + eastEvent }) {
            List<Map<String, String>> json = GeoReportV2.json(api.get("/open311/v2/requests.json" + query, null).body());
            List<Map<String, String>> xml = GeoReportV2.xml(api.get("/open311/v2/requests.xml" + query, null).raw(),
                    "service_requests", "request");
            GeoReportV2.check(json, GeoReportV2.SERVICE_REQUEST);
            GeoReportV2.check(xml, GeoReportV2.SERVICE_REQUEST);
            assertThat(xml).as(query).hasSize(1).isEqualTo(json);
        }
        assertThat(GeoReportV2.json(api.get("/open311/v2/requests.json?" + key + "&status=closed", null).body())).isEmpty();
        assertThat(GeoReportV2.xml(api.get("/open311/v2/requests.xml?" + key + "&status=closed", null).raw(),
                "service_requests", "request")).isEmpty();

        Map<String, String> request = GeoReportV2.xml(api.get("/open311/v2/requests/" + eastEvent + ".xml?" + key, null).raw(),
                "service_requests", "request").get(0);
        assertThat(request.get("description")).contains("139****5678").doesNotContain("13912345678").contains("<b>&臭</b>");
        assertThat(request.get("status")).isEqualTo("open");
        assertThat(request.get("service_code")).isEqualTo("MUNICIPAL");
        assertThat(request.get("agency_responsible")).isEqualTo("幸福路网格");
    }

    @Test
    void errorsAreTheStandardsListInTheFormatAsked() {
        String key = "api_key=" + east;
        String[][] cases = { { "/open311/v2/requests/" + westEvent + ".%s?" + key, "404" },
                { "/open311/v2/requests/20000101-0001.%s?" + key, "404" },
                { "/open311/v2/requests.%s?" + key + "&status=pending", "400" },
                { "/open311/v2/requests.%s?" + key + "&start_date=yesterday", "400" },
                { "/open311/v2/services/NO_SUCH.%s", "404" },
                { "/open311/v2/requests.%s", "403" },
                { "/open311/v2/requests/" + eastEvent + ".%s?api_key=gbt_not-a-token", "403" } };
        for (String[] c : cases) {
            AdminClient.Answer json = api.get(c[0].formatted("json"), null);
            AdminClient.Answer xml = api.get(c[0].formatted("xml"), null);
            assertThat(json.status()).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
            assertThat(xml.status()).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
            assertThat(xml.contentType()).startsWith("text/xml");
            List<Map<String, String>> jsonErrors = GeoReportV2.json(json.body());
            List<Map<String, String>> xmlErrors = GeoReportV2.xml(xml.raw(), "errors", "error");
            GeoReportV2.check(jsonErrors, GeoReportV2.ERROR);
            GeoReportV2.check(xmlErrors, GeoReportV2.ERROR);
            assertThat(xmlErrors).as(c[0]).isEqualTo(jsonErrors).hasSize(1);
            assertThat(xmlErrors.get(0).get("code")).isEqualTo(c[1]);
            assertThat(xml.raw()).doesNotContain("幸福路").doesNotContain("西城镇");
        }
        AdminClient.Answer noKey = api.call("POST", "/open311/v2/requests.xml", FORM,
                "service_code=ENVIRONMENT&lat=30.005&long=104.015&description=x", null);
        assertThat(noKey.status()).isEqualTo(403);
        assertThat(GeoReportV2.xml(noKey.raw(), "errors", "error").get(0).get("code")).isEqualTo("403");
        AdminClient.Answer noPlace = api.call("POST", "/open311/v2/requests.xml", FORM,
                "api_key=" + east + "&service_code=ENVIRONMENT&description=x", null);
        assertThat(noPlace.status()).isEqualTo(400);
        GeoReportV2.check(GeoReportV2.xml(noPlace.raw(), "errors", "error"), GeoReportV2.ERROR);
        AdminClient.Answer elsewhere = api.call("POST", "/open311/v2/requests.xml", FORM,
                "api_key=" + east + "&service_code=MUNICIPAL&address_string=" + URLEncoder.encode("西城镇街上", StandardCharsets.UTF_8)
                        + "&description=" + URLEncoder.encode("路灯坏了", StandardCharsets.UTF_8), null);
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(GeoReportV2.xml(elsewhere.raw(), "errors", "error").get(0).get("code")).isEqualTo("403");
    }
}
