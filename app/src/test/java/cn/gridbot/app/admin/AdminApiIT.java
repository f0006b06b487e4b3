package cn.gridbot.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gridbot.admin.security.AdminProperties;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.TestState;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.wechat.WeChatProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The admin API skeleton on the real database: imports, the tree, the event list and one event. */
@IntegrationTest
class AdminApiIT {

    @Autowired
    Clients clients;
    @LocalServerPort
    int port;
    @Autowired
    AdminProperties admin;
    @Autowired
    WeChatProperties wechat;
    @Autowired
    TestState state;
    @Autowired
    ObjectMapper json;

    final HttpClient http = HttpClient.newHttpClient();

    record Answer(int status, String contentType, JsonNode body) {
    }

    @BeforeEach
    void importCounty() {
        Answer grids = call("POST", "/api/v1/grids/import", "application/json", TestCounty.geoJson(), admin.bootstrapToken());
        assertThat(grids.status()).isEqualTo(200);
        assertThat(grids.body().get("created").asInt()).isEqualTo(6);
    }

    @Test
    void refusesRequestsWithoutAValidTokenAsProblemDetails() {
        Answer none = call("GET", "/api/v1/events", null, null, null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.body().get("status").asInt()).isEqualTo(401);
        assertThat(call("GET", "/api/v1/events", null, null, "wrong-token").status()).isEqualTo(401);
    }

    @Test
    void reimportingGridsUpdatesThemAndRejectsBadFeaturesWithReasons() {
        String collection = "{\"type\":\"FeatureCollection\",\"features\":["
                + TestCounty.feature(TestCounty.GRID_ONE, "幸福路网格(新)", "GRID", TestCounty.COMMUNITY, "\"幸福路\"",
                        TestCounty.square(104.0, 30.0, 104.01, 30.01))
                + "," + TestCounty.feature("TC-X", "无父", "GRID", "NOPE", "", TestCounty.square(104.0, 30.0, 104.01, 30.01))
                + "," + TestCounty.feature("TC-Y", "无图形", "GRID", TestCounty.COMMUNITY, "", null)
                + "," + TestCounty.feature("TC-Z", "自相交", "GRID", TestCounty.COMMUNITY, "",
                        "{\"type\":\"Polygon\",\"coordinates\":[[[104,30],[104.01,30.01],[104.01,30],[104,30.01],[104,30]]]}")
                + "]}";
        Answer answer = call("POST", "/api/v1/grids/import", "application/json", collection, admin.bootstrapToken());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("created").asInt()).isZero();
        assertThat(answer.body().get("updated").asInt()).isEqualTo(1);
        assertThat(answer.body().get("rejected")).hasSize(3);
        assertThat(answer.body().get("rejected").toString()).contains("TC-X").contains("TC-Y").contains("TC-Z");
    }

    @Test
    void badJsonIsAProblemDetail() {
        Answer answer = call("POST", "/api/v1/grids/import", "application/json", "{not json", admin.bootstrapToken());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void workerImportKeepsGoodRowsAndRejectsBadOnesWithLineNumbers() {
        String csv = "code,name,phone,gridCode,openid\n"
                + "W1,张莉,13800001111,TC-A-1-01,\n"
                + "W2,,13800002222,TC-A-1-01,\n"
                + "W3,李四,13800003333,NOWHERE,\n"
                + "W4,王五,abc,TC-A-1-02,\n"
                + "W5,赵六,13800005555,TC-A-1-02,o-w5\n";
        Answer answer = call("POST", "/api/v1/workers/import", "text/csv", csv, admin.bootstrapToken());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("imported").asInt()).isEqualTo(2);
        assertThat(answer.body().get("rejected").findValues("line")).extracting(JsonNode::asInt).containsExactly(3, 4, 5);
        Answer list = call("GET", "/api/v1/workers?gridCode=TC-A-1-02", null, null, admin.bootstrapToken());
        assertThat(list.body().get("total").asInt()).isEqualTo(1);
        assertThat(list.body().get("items").get(0).get("code").asString()).isEqualTo("W5");
    }

    @Test
    void residentImportValidatesEachRow() {
        String csv = "name,gender,birthDate,phone,address,gridCode,tags,visitIntervalDays,lastVisitDate,openid\n"
                + "付良容,F,1938-05-16,13900001111,幸福路12号,TC-A-1-01,ELDERLY|EMPTY_NEST,14,2026-11-13,\n"
                + "无网格,M,1950-01-01,,,,ELDERLY,,,\n"
                + "错日期,M,1950-13-01,,,TC-A-1-01,,,,\n"
                + "错标签,F,1950-01-01,,,TC-A-1-01,OLD,,,\n"
                + "\"王, 大爷\",M,,,\"幸福路3号, 2单元\",TC-A-1-01,,,,\n";
        Answer answer = call("POST", "/api/v1/residents/import", "text/csv", csv, admin.bootstrapToken());
        assertThat(answer.body().get("imported").asInt()).isEqualTo(2);
        assertThat(answer.body().get("rejected").findValues("line")).extracting(JsonNode::asInt).containsExactly(3, 4, 5);
        Answer elderly = call("GET", "/api/v1/residents?tag=ELDERLY", null, null, admin.bootstrapToken());
        assertThat(elderly.body().get("total").asInt()).isEqualTo(1);
        assertThat(elderly.body().get("items").get(0).get("phone").asString()).isEqualTo("13900001111");
    }

    @Test
    void theTreeNestsUnitsUnderTheCounty() {
        Answer tree = call("GET", "/api/v1/grids", null, null, admin.bootstrapToken());
        assertThat(tree.body()).hasSize(1);
        JsonNode county = tree.body().get(0);
        assertThat(county.get("code").asString()).isEqualTo("TC");
        assertThat(county.get("children").findValues("code")).extracting(JsonNode::asString).contains("TC-A", "TC-B");
        Answer grid = call("GET", "/api/v1/grids/TC-A-1-01", null, null, admin.bootstrapToken());
        assertThat(grid.body().get("geometry").get("type").asString()).isEqualTo("Polygon");
        assertThat(call("GET", "/api/v1/grids/NOPE", null, null, admin.bootstrapToken()).status()).isEqualTo(404);
    }

    @Test
    void eventsAreListedWithFiltersAndPagingAndShownWithTheirTimeline() {
        call("POST", "/api/v1/workers/import", "text/csv",
                "code,name,phone,gridCode,openid\nW101,王一,13800000101,TC-A-1-01,o-w101\nW102,李二,,TC-A-1-02,o-w102\n",
                admin.bootstrapToken());
        WeChatClient wx = clients.wechat();
        String a = WeChatClient.eventNumberIn(wx.text("o-a", "幸福路下水道堵了").content());
        wx.text("o-b", "建设路路灯坏了");
        wx.text("o-a", "阳光小区垃圾没人收");

        Answer all = call("GET", "/api/v1/events?size=2", null, null, admin.bootstrapToken());
        assertThat(all.body().get("total").asInt()).isEqualTo(3);
        assertThat(all.body().get("items")).hasSize(2);
        assertThat(all.body().get("page").asInt()).isZero();
        assertThat(all.body().get("size").asInt()).isEqualTo(2);
        JsonNode item = all.body().get("items").get(0);
        for (String field : new String[] { "number", "category", "status", "urgent", "gridCode", "assigneeCode",
                "reporterOpenid", "description", "createdAt", "signDeadline", "resolveDeadline", "overdue", "rating" }) {
            assertThat(item.has(field)).as(field).isTrue();
        }
        assertThat(item.get("createdAt").asString()).endsWith("+08:00");

        Answer mine = call("GET", "/api/v1/events?reporterOpenid=o-a&gridCode=TC-A-1-01", null, null, admin.bootstrapToken());
        assertThat(mine.body().get("total").asInt()).isEqualTo(2);
        Answer assigned = call("GET", "/api/v1/events?status=ASSIGNED&assigneeCode=W101", null, null, admin.bootstrapToken());
        assertThat(assigned.body().get("total").asInt()).isEqualTo(2);
        Answer closed = call("GET", "/api/v1/events?status=CLOSED,RESOLVED", null, null, admin.bootstrapToken());
        assertThat(closed.body().get("total").asInt()).isZero();

        Answer oldest = call("GET", "/api/v1/events?sort=createdAt,asc&size=1", null, null, admin.bootstrapToken());
        assertThat(oldest.body().get("items").get(0).get("number").asString()).isEqualTo(a);
        // Pages by number, front half and back half (read from the list's other end), in both orders.
        for (String sort : new String[] { "createdAt,desc", "createdAt,asc" }) {
            List<String> whole = numbers(call("GET", "/api/v1/events?size=500&sort=" + sort, null, null, admin.bootstrapToken()));
            assertThat(whole).hasSize(3);
            for (int size = 1; size <= 2; size++) {
                List<String> paged = new ArrayList<>();
                for (int page = 0; page * size < 3; page++) {
                    Answer p = call("GET", "/api/v1/events?sort=" + sort + "&size=" + size + "&page=" + page, null, null,
                            admin.bootstrapToken());
                    assertThat(p.body().get("total").asInt()).isEqualTo(3);
                    paged.addAll(numbers(p));
                }
                assertThat(paged).as(sort + " size " + size).isEqualTo(whole);
            }
        }
        Answer beyond = call("GET", "/api/v1/events?size=2&page=2", null, null, admin.bootstrapToken());
        assertThat(beyond.body().get("items")).isEmpty();
        assertThat(beyond.body().get("total").asInt()).isEqualTo(3);
        String cursor = all.body().get("nextCursor").asString();
        Answer next = call("GET", "/api/v1/events?size=2&cursor=" + cursor, null, null, admin.bootstrapToken());
        assertThat(next.body().get("items")).hasSize(1);
        assertThat(next.body().get("items").get(0).get("number").asString()).isEqualTo(a);
        assertThat(next.body().get("total").asInt()).as("the total counted when the walk began").isEqualTo(3);
        assertThat(call("GET", "/api/v1/events?cursor=not-a-cursor", null, null, admin.bootstrapToken()).status()).isEqualTo(400);
        assertThat(call("GET", "/api/v1/events?sort=priority", null, null, admin.bootstrapToken()).status()).isEqualTo(400);

        Answer one = call("GET", "/api/v1/events/" + a, null, null, admin.bootstrapToken());
        assertThat(one.body().get("timeline").findValues("to")).extracting(JsonNode::asString).containsExactly("REPORTED", "ASSIGNED");
        assertThat(call("GET", "/api/v1/events/20000101-0001", null, null, admin.bootstrapToken()).status()).isEqualTo(404);
        Answer tooBig = call("GET", "/api/v1/events?size=501", null, null, admin.bootstrapToken());
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.contentType()).startsWith("application/problem+json");
    }

    private Answer call(String method, String path, String contentType, String body, String token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode node = response.body().isBlank() ? null : json.readTree(response.body());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> numbers(Answer page) {
        List<String> numbers = new ArrayList<>();
        for (JsonNode item : page.body().get("items")) {
            numbers.add(item.get("number").asString());
        }
        return numbers;
    }
}
