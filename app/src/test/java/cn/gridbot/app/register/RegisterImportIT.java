package cn.gridbot.app.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.register.RegisterKind;
import tools.jackson.databind.JsonNode;

/**
 * The five registers through the admin API (README "Registers"): each kind's CSV with good and bad rows (each bad
 * row rejected with its line and reason, the good ones kept), GB18030 from Excel, the upsert on the natural key,
 * the list's filters and one record with its checks.
 */
@IntegrationTest
class RegisterImportIT {

    private static final String GRID = TestCounty.GRID_ONE;

    @Autowired
    Clients clients;
    @Autowired
    TestCounty county;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    AdminClient api;
    String admin;

    @BeforeEach
    void setUp() {
        county.load();
        api = clients.api();
        admin = clients.adminToken();
    }

    private JsonNode upload(RegisterKind kind, String... rows) {
        AdminClient.Answer answer = api.call("POST", "/api/v1/registers/" + kind.name().toLowerCase() + "/import", "text/csv",
                RegisterCsv.of(kind, rows), admin);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer.body();
    }

    /** "line: reason" for each rejected row. */
    private static String rejections(JsonNode report) {
        StringBuilder out = new StringBuilder();
        report.get("rejected").forEach(r -> out.append(r.get("line").asInt()).append(": ").append(r.get("reason").asString()).append("\n"));
        return out.toString();
    }

    @Test
    void eachKindKeepsItsGoodRowsAndRejectsEachBadOneWithLineAndReason() {
        JsonNode houses = upload(RegisterKind.HOUSE, "幸福路12号," + GRID + ",砖混,自住,付良容,13900001111,2,否,,2026-06-01",
                "幸福路13号,NOWHERE,砖混,出租,王五,,4,是,,", "幸福路14号," + GRID + ",砖混,出租,王五,,四个,是,,",
                "," + GRID + ",砖混,,,,,,,");
        assertThat(houses.get("imported").asInt()).isEqualTo(1);
        assertThat(rejections(houses)).contains("3: gridCode NOWHERE is not a known GRID").contains("4: occupants must be a whole number")
                .contains("5: address is required");

        JsonNode places = upload(RegisterKind.PLACE, "海慧路再生资源回收站,SAFETY,幸福路8号," + GRID + ",李老板,13900002222,,",
                "网吧,CASINO,幸福路9号," + GRID + ",,,,", "饭店,FIRE,幸福路10号," + GRID + ",,,abc,");
        assertThat(places.get("imported").asInt()).isEqualTo(1);
        assertThat(rejections(places)).contains("3: placeKind must be SAFETY, FIRE, ORDER or empty")
                .contains("4: checkIntervalDays must be a whole number");

        JsonNode floating = upload(RegisterKind.FLOATING,
                "打工仔,510102199001011234,13900005555,四川南充,幸福路3号," + GRID + ",2026-06-01,2027-03-01,,",
                "无证人,12345,,,幸福路4号," + GRID + ",,,,", "未来人,,,,幸福路5号," + GRID + ",2099-01-01,,,",
                "遮掩者,510102********1234,,,幸福路6号," + GRID + ",,,,");
        assertThat(floating.get("imported").asInt()).isEqualTo(1);
        assertThat(rejections(floating)).contains("3: idNumber must be 18 characters").contains("4: arrivedOn is in the future")
                .contains("5: idNumber is a masked value");

        JsonNode special = upload(RegisterKind.SPECIAL, "周某某,510102198001011234,社区矫正,幸福路5号," + GRID + ",30,",
                "缺列," + GRID + ",30");
        assertThat(special.get("imported").asInt()).isEqualTo(1);
        assertThat(rejections(special)).contains("3: expected 7 values but found 3");

        JsonNode assisted = upload(RegisterKind.ASSISTED, "帮扶户,510102195001011234,13900004444,低保,幸福路2号," + GRID + ",,",
                "坏电话,,13900-ab,低保,幸福路2号," + GRID + ",,", "没网格,,,,幸福路2号,,,");
        assertThat(assisted.get("imported").asInt()).isEqualTo(1);
        assertThat(rejections(assisted)).contains("3: phone must be a telephone number").contains("4: gridCode is required");

        assertThat(jdbc.queryForList("SELECT kind FROM register_record ORDER BY kind", String.class))
                .containsExactlyInAnyOrder("ASSISTED", "FLOATING", "HOUSE", "PLACE", "SPECIAL");
        assertThat(api.call("POST", "/api/v1/registers/shops/import", "text/csv", "a,b\n", admin).status()).isEqualTo(404);
        AdminClient.Answer wrongHeader = api.call("POST", "/api/v1/registers/HOUSE/import", "text/csv", "name,gridCode\n", admin);
        assertThat(wrongHeader.status()).isEqualTo(400);
        assertThat(wrongHeader.raw()).contains("address,gridCode,structure,use,owner");
    }

    @Test
    void aSpreadsheetSavedAsGb18030IsReadAndAReimportUpdatesByTheNaturalKey() throws Exception {
        byte[] gb = RegisterCsv.of(RegisterKind.PLACE, "海慧路再生资源回收站,SAFETY,海慧路88号," + GRID + ",李老板,13900002222,30,2026-11-01")
                .getBytes(Charset.forName("GB18030"));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/registers/PLACE/import")).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(gb)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"imported\":1");
        assertThat(jdbc.queryForObject("SELECT name FROM register_record", String.class)).isEqualTo("海慧路再生资源回收站");

        upload(RegisterKind.PLACE, "海慧路再生资源回收站,FIRE,海慧路88号," + GRID + ",李老板,13900009999,15,2026-11-20");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM register_record", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT CONCAT(sub_kind, ' ', phone, ' ', next_check_due) FROM register_record", String.class))
                .isEqualTo("FIRE 13900009999 2026-12-05");
        // A person is the same person by ID number, whatever the name is written as.
        upload(RegisterKind.ASSISTED, "帮扶户,510102195001011234,,低保,幸福路2号," + GRID + ",,");
        upload(RegisterKind.ASSISTED, "帮扶户(户主),510102195001011234,,低保,幸福路2号," + GRID + ",,");
        assertThat(jdbc.queryForList("SELECT name FROM register_record WHERE kind = 'ASSISTED'", String.class))
                .containsExactly("帮扶户(户主)");
    }

    @Test
    void theListFiltersByGridDueAndTextAndOneRecordShowsItsChecks() {
        upload(RegisterKind.PLACE, "海慧路再生资源回收站,SAFETY,海慧路88号," + GRID + ",李老板,13900002222,30,2026-11-25",
                "幸福网吧,ORDER,幸福路9号," + GRID + ",,,30,2026-10-01",
                "建设路加油站,FIRE,建设路1号," + TestCounty.GRID_TWO + ",,,30,");
        JsonNode all = api.get("/api/v1/registers/PLACE", admin).body();
        assertThat(all.get("total").asInt()).isEqualTo(3);
        assertThat(api.get("/api/v1/registers/PLACE?gridCode=" + TestCounty.GRID_TWO, admin).body().get("items").get(0)
                .get("name").asString()).isEqualTo("建设路加油站");
        JsonNode due = api.get("/api/v1/registers/PLACE?due=true", admin).body();
        assertThat(names(due)).containsExactlyInAnyOrder("幸福网吧", "建设路加油站");
        assertThat(names(api.get("/api/v1/registers/PLACE?q=" + encode("回收"), admin).body())).containsExactly("海慧路再生资源回收站");
        assertThat(names(api.get("/api/v1/registers/PLACE?due=2027-01-01&q=" + encode("幸福"), admin).body()))
                .containsExactly("幸福网吧");
        assertThat(api.get("/api/v1/registers/PLACE?due=soon", admin).status()).isEqualTo(400);

        long id = jdbc.queryForObject("SELECT id FROM register_record WHERE name = '幸福网吧'", Long.class);
        AdminClient.Answer logged = api.post("/api/v1/registers/PLACE/" + id + "/checks",
                "{\"date\":\"2026-11-30\",\"workerCode\":\"W101\",\"result\":\"CHANGED\",\"note\":\"换了老板\"}", admin);
        assertThat(logged.status()).as(logged.raw()).isEqualTo(200);
        JsonNode one = api.get("/api/v1/registers/PLACE/" + id, admin).body();
        assertThat(one.get("lastCheckDate").asString()).isEqualTo("2026-11-30");
        assertThat(one.get("dueDate").asString()).isEqualTo("2026-12-30");
        assertThat(one.get("placeKind").asString()).isEqualTo("ORDER");
        assertThat(one.get("checks").size()).isEqualTo(1);
        assertThat(one.get("checks").get(0).get("result").asString()).isEqualTo("CHANGED");
        assertThat(one.get("checks").get(0).get("note").asString()).isEqualTo("换了老板");
        assertThat(api.get("/api/v1/registers/HOUSE/" + id, admin).status()).as("a PLACE id under HOUSE").isEqualTo(404);
        assertThat(api.post("/api/v1/registers/PLACE/" + id + "/checks",
                "{\"date\":\"2026-11-30\",\"workerCode\":\"W101\",\"result\":\"MAYBE\"}", admin).status()).isEqualTo(400);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("name").asString()));
        return names;
    }
}
