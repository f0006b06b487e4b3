package cn.gridbot.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.gridbot.admin.security.AdminProperties;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.wechat.WeChatProperties;

/**
 * Every endpoint of the admin API, Open311, the actuator and the API docs — discovered from Spring's own
 * request mappings and the actuator's endpoints, so that a new endpoint without an entry here fails this
 * test — called as no token, a VIEWER and a SUPERVISOR of the east township, a SUPERVISOR of the west
 * township (out of scope for the east records probed), an ADMIN and a METRICS scraper, each with the
 * status it must get. Writes are probed on records where they change nothing harmful (a withdrawn event
 * answers 409 to whoever may act on it, so the status still tells authorisation apart).
 */
@IntegrationTest
class AccessMatrixIT {

    enum Caller { NONE, VIEWER, SUPERVISOR_IN, SUPERVISOR_OUT, ADMIN, METRICS }

    /** A call and the status each caller gets: NONE, VIEWER, SUPERVISOR_IN, SUPERVISOR_OUT, ADMIN, METRICS. */
    record Probe(String path, String contentType, String body, int... statuses) {
    }

    private static final String JSON = "application/json";
    private static final String CSV = "text/csv";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String HOUSE_CSV = "address,gridCode,structure,use,owner,ownerPhone,occupants,rented,checkIntervalDays,lastCheckDate\n";

    @Autowired
    Clients clients;
    @Autowired
    AdminProperties admin;
    @Autowired
    WeChatProperties wechat;
    @Autowired
    TestCounty county;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    PathMappedEndpoints actuator;

    AdminClient api;
    final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    String event;
    String withdrawn;
    long resident;
    long patrol;
    long house;
    long throwawayToken;
    long decidedExtension;

    @BeforeEach
    void setUp() {
        county.load();
        api = clients.api();
        WeChatClient wx = clients.wechat();
        event = WeChatClient.eventNumberIn(wx.text("o-east", "幸福路下水道堵了,臭得很").content());
        withdrawn = WeChatClient.eventNumberIn(wx.text("o-east-2", "建设路路灯坏了好几天了").content());
        assertThat(wx.text("o-east-2", "撤销 " + withdrawn).content()).contains("已撤销");
        api.call("POST", "/api/v1/residents/import", CSV, "name,gender,birthDate,phone,address,gridCode,tags,"
                + "visitIntervalDays,lastVisitDate,openid\n付良容,F,1938-05-16,13900001111,幸福路12号,TC-A-1-01,ELDERLY,14,,\n",
                admin.bootstrapToken());
        resident = jdbc.queryForObject("SELECT id FROM resident", Long.class);
        assertThat(wx.text(TestCounty.WORKER_ONE_OPENID, "巡查").content()).contains("巡查开始");
        patrol = jdbc.queryForObject("SELECT id FROM patrol", Long.class);
        api.call("POST", "/api/v1/registers/HOUSE/import", CSV, HOUSE_CSV + "幸福路12号,TC-A-1-01,砖混,自住,付良容,13900001111,2,否,,\n",
                admin.bootstrapToken());
        house = jdbc.queryForObject("SELECT id FROM register_record", Long.class);
        tokens.put(Caller.VIEWER, token("VIEWER", TestCounty.EAST_TOWN));
        tokens.put(Caller.SUPERVISOR_IN, token("SUPERVISOR", TestCounty.EAST_TOWN));
        tokens.put(Caller.SUPERVISOR_OUT, token("SUPERVISOR", TestCounty.WEST_TOWN));
        tokens.put(Caller.ADMIN, admin.bootstrapToken());
        tokens.put(Caller.METRICS, token("METRICS", null));
        wx.text(TestCounty.WORKER_ONE_OPENID, "延期 " + event + " 1 等待配件");
        decidedExtension = jdbc.queryForObject("SELECT id FROM extension_request", Long.class);
        api.post("/api/v1/extensions/" + decidedExtension + "/refuse", "{}", admin.bootstrapToken());
        throwawayToken = api.post("/api/v1/tokens", "{\"role\":\"VIEWER\",\"unitCode\":\"TC\",\"label\":\"spare\"}",
                admin.bootstrapToken()).body().get("id").asLong();
    }

    private String token(String role, String unit) {
        return api.post("/api/v1/tokens", "{\"role\":\"" + role + "\"" + (unit == null ? "" : ",\"unitCode\":\"" + unit + "\"")
                + ",\"label\":\"" + role + " " + unit + "\"}", admin.bootstrapToken()).body().get("token").asString();
    }

    /** What each endpoint is probed with, keyed as "METHOD pattern" exactly as Spring maps it. */
    private Map<String, Probe> expectations() {
        String east = "?gridCode=" + TestCounty.EAST_TOWN;
        String note = "{\"note\":\"x\"}";
        Map<String, Probe> p = new TreeMap<>();
        p.put("POST /api/v1/grids/import", new Probe("/api/v1/grids/import", JSON, TestCounty.geoJson(), 401, 403, 403, 403, 200, 403));
        p.put("GET /api/v1/grids", new Probe("/api/v1/grids", null, null, 401, 200, 200, 200, 200, 403));
        p.put("GET /api/v1/grids/{code}", new Probe("/api/v1/grids/" + TestCounty.GRID_ONE, null, null, 401, 200, 200, 404, 200, 403));
        p.put("POST /api/v1/workers/import", new Probe("/api/v1/workers/import", CSV, "code,name,phone,gridCode,openid\n",
                401, 403, 403, 403, 200, 403));
        p.put("GET /api/v1/workers", new Probe("/api/v1/workers" + east, null, null, 401, 200, 200, 403, 200, 403));
        p.put("POST /api/v1/workers/{code}/binding-code", new Probe("/api/v1/workers/" + TestCounty.WORKER_ONE + "/binding-code",
                null, null, 401, 403, 201, 404, 201, 403));
        p.put("POST /api/v1/residents/import", new Probe("/api/v1/residents/import", CSV,
                "name,gender,birthDate,phone,address,gridCode,tags,visitIntervalDays,lastVisitDate,openid\n", 401, 403, 403, 403, 200, 403));
        p.put("GET /api/v1/residents", new Probe("/api/v1/residents" + east, null, null, 401, 200, 200, 403, 200, 403));
        p.put("GET /api/v1/residents/{id}", new Probe("/api/v1/residents/" + resident, null, null, 401, 200, 200, 404, 200, 403));
        p.put("PUT /api/v1/residents/{id}", new Probe("/api/v1/residents/" + resident, JSON,
                "{\"name\":\"付良容\",\"gridCode\":\"TC-A-1-01\",\"tags\":[\"ELDERLY\"],\"visitIntervalDays\":14}",
                401, 403, 200, 404, 200, 403));
        p.put("POST /api/v1/residents/{id}/visits", new Probe("/api/v1/residents/" + resident + "/visits", JSON,
                "{\"date\":\"2026-11-20\",\"workerCode\":\"W101\"}", 401, 403, 200, 404, 200, 403));
        p.put("POST /api/v1/registers/{kind}/import", new Probe("/api/v1/registers/HOUSE/import", CSV, HOUSE_CSV,
                401, 403, 403, 403, 200, 403));
        p.put("GET /api/v1/registers/{kind}", new Probe("/api/v1/registers/HOUSE" + east, null, null, 401, 200, 200, 403, 200, 403));
        p.put("GET /api/v1/registers/{kind}/{id}", new Probe("/api/v1/registers/HOUSE/" + house, null, null,
                401, 200, 200, 404, 200, 403));
        p.put("POST /api/v1/registers/{kind}/{id}/checks", new Probe("/api/v1/registers/HOUSE/" + house + "/checks", JSON,
                "{\"date\":\"2026-11-20\",\"workerCode\":\"W101\",\"result\":\"OK\"}", 401, 403, 200, 404, 200, 403));
        p.put("GET /api/v1/stats/registers", new Probe("/api/v1/stats/registers" + east, null, null, 401, 200, 200, 403, 200, 403));
        p.put("POST /api/v1/routing/preview", new Probe("/api/v1/routing/preview", JSON, "{\"text\":\"幸福路下水道堵了\"}",
                401, 200, 200, 200, 200, 403));
        p.put("GET /api/v1/events", new Probe("/api/v1/events" + east, null, null, 401, 200, 200, 403, 200, 403));
        p.put("GET /api/v1/events.csv", new Probe("/api/v1/events.csv" + east, null, null, 401, 200, 200, 403, 200, 403));
        p.put("GET /api/v1/events/{number}", new Probe("/api/v1/events/" + event, null, null, 401, 200, 200, 404, 200, 403));
        p.put("POST /api/v1/events/{number}/assign", new Probe("/api/v1/events/" + withdrawn + "/assign", JSON,
                "{\"workerCode\":\"W101\"}", 401, 403, 409, 404, 409, 403));
        for (String action : new String[] { "escalate", "close", "reopen" }) {
            p.put("POST /api/v1/events/{number}/" + action, new Probe("/api/v1/events/" + withdrawn + "/" + action, JSON, note,
                    401, 403, 409, 404, 409, 403));
        }
        p.put("GET /api/v1/events/{number}/photos", new Probe("/api/v1/events/" + event + "/photos", null, null,
                401, 200, 200, 404, 200, 403));
        p.put("POST /api/v1/users", new Probe("/api/v1/users", JSON,
                "{\"username\":\"matrix\",\"password\":\"password-123\",\"role\":\"VIEWER\",\"unitCode\":\"TC-A\"}",
                401, 403, 403, 403, 201, 403));
        p.put("GET /api/v1/users", new Probe("/api/v1/users", null, null, 401, 403, 403, 403, 200, 403));
        p.put("POST /api/v1/session", new Probe("/api/v1/session", JSON, "{\"username\":\"nobody\",\"password\":\"x\"}",
                401, 401, 401, 401, 401, 401));
        p.put("GET /api/v1/session", new Probe("/api/v1/session", null, null, 401, 200, 200, 200, 200, 403));
        p.put("DELETE /api/v1/session", new Probe("/api/v1/session", null, null, 401, 204, 204, 204, 204, 403));
        p.put("POST /api/v1/events/{number}/transfer", new Probe("/api/v1/events/" + event + "/transfer", JSON,
                "{\"departmentCode\":\"NOPE\"}", 401, 403, 400, 404, 400, 403));
        p.put("POST /api/v1/events/{number}/unmerge", new Probe("/api/v1/events/" + withdrawn + "/unmerge", JSON, note,
                401, 403, 409, 404, 409, 403));
        p.put("GET /api/v1/extensions", new Probe("/api/v1/extensions" + east, null, null, 401, 200, 200, 403, 200, 403));
        for (String decision : new String[] { "approve", "refuse" }) {
            p.put("POST /api/v1/extensions/{id}/" + decision, new Probe("/api/v1/extensions/" + decidedExtension + "/" + decision,
                    JSON, note, 401, 403, 409, 404, 409, 403));
        }
        p.put("GET /api/v1/assessment", new Probe("/api/v1/assessment" + east, null, null, 401, 200, 200, 403, 200, 403));
        p.put("GET /api/v1/assessment.csv", new Probe("/api/v1/assessment.csv" + east, null, null, 401, 200, 200, 403, 200, 403));
        p.put("GET /api/v1/followups/sample", new Probe("/api/v1/followups/sample" + east, null, null, 401, 200, 200, 403, 200, 403));
        p.put("POST /api/v1/events/{number}/followup", new Probe("/api/v1/events/" + withdrawn + "/followup", JSON,
                "{\"result\":\"SATISFIED\"}", 401, 403, 409, 404, 409, 403));
        p.put("GET /api/v1/stats/overview", new Probe("/api/v1/stats/overview" + east, null, null, 401, 200, 200, 403, 200, 403));
        p.put("GET /api/v1/stats/report", new Probe("/api/v1/stats/report" + east, null, null, 401, 200, 200, 403, 200, 403));
        p.put("GET /api/v1/stats/report?level=DEPARTMENT", new Probe("/api/v1/stats/report" + east + "&level=DEPARTMENT", null,
                null, 401, 200, 200, 403, 200, 403));
        p.put("POST /api/v1/stats/rebuild", new Probe("/api/v1/stats/rebuild", null, null, 401, 403, 403, 403, 202, 403));
        p.put("GET /api/v1/patrols", new Probe("/api/v1/patrols" + east, null, null, 401, 200, 200, 403, 200, 403));
        p.put("GET /api/v1/patrols/{id}", new Probe("/api/v1/patrols/" + patrol, null, null, 401, 200, 200, 404, 200, 403));
        p.put("GET /api/v1/stats/patrols", new Probe("/api/v1/stats/patrols" + east, null, null, 401, 200, 200, 403, 200, 403));
        p.put("GET /api/v1/workers/{code}/week", new Probe("/api/v1/workers/" + TestCounty.WORKER_ONE + "/week?date=2026-06-03",
                null, null, 401, 200, 200, 404, 200, 403));
        p.put("GET /api/v1/notifications", new Probe("/api/v1/notifications", null, null, 401, 200, 200, 200, 200, 403));
        p.put("POST /api/v1/reminders/run", new Probe("/api/v1/reminders/run?date=2026-11-27", null, null,
                401, 403, 403, 403, 200, 403));
        p.put("GET /api/v1/calendar/{year}", new Probe("/api/v1/calendar/2026", null, null, 401, 200, 200, 200, 200, 403));
        p.put("PUT /api/v1/calendar/{year}", new Probe("/api/v1/calendar/2099", CSV, "date,kind,name\n2099-01-01,HOLIDAY,元旦\n",
                401, 403, 403, 403, 200, 403));
        p.put("POST /api/v1/tokens", new Probe("/api/v1/tokens", JSON, "{\"role\":\"VIEWER\",\"unitCode\":\"TC-A\",\"label\":\"m\"}",
                401, 403, 403, 403, 201, 403));
        p.put("GET /api/v1/tokens", new Probe("/api/v1/tokens", null, null, 401, 403, 403, 403, 200, 403));
        p.put("DELETE /api/v1/tokens/{id}", new Probe("/api/v1/tokens/" + throwawayToken, null, null, 401, 403, 403, 403, 204, 403));
        p.put("GET /api/v1/audit", new Probe("/api/v1/audit", null, null, 401, 403, 403, 403, 200, 403));
        p.put("GET /api/v1/spool", new Probe("/api/v1/spool", null, null, 401, 403, 403, 403, 200, 403));
        p.put("POST /api/v1/spool/parked/{seq}/retry", new Probe("/api/v1/spool/parked/999999/retry", null, null,
                401, 403, 403, 403, 404, 403));
        p.put("POST /api/v1/spool/parked/retry", new Probe("/api/v1/spool/parked/retry", null, null, 401, 403, 403, 403, 202, 403));
        p.put("GET /open311/v2/services.{format}", new Probe("/open311/v2/services.xml", null, null, 200, 200, 200, 200, 200, 200));
        p.put("GET /open311/v2/services/{code}.{format}", new Probe("/open311/v2/services/MUNICIPAL.xml", null, null,
                200, 200, 200, 200, 200, 200));
        p.put("GET /open311/v2/requests.{format}", new Probe("/open311/v2/requests.json", null, null, 403, 200, 200, 200, 200, 403));
        p.put("GET /open311/v2/requests/{id}.{format}", new Probe("/open311/v2/requests/" + event + ".xml", null, null,
                403, 200, 200, 404, 200, 403));
        p.put("POST /open311/v2/requests.{format}", new Probe("/open311/v2/requests.xml", FORM,
                "service_code=MUNICIPAL&lat=30.005&long=104.005&description=manhole", 403, 403, 201, 403, 201, 403));
        p.put("GET /actuator", new Probe("/actuator", null, null, 401, 403, 403, 403, 200, 200));
        p.put("GET /actuator/health", new Probe("/actuator/health", null, null, 200, 200, 200, 200, 200, 200));
        p.put("GET /actuator/info", new Probe("/actuator/info", null, null, 401, 403, 403, 403, 200, 200));
        p.put("GET /actuator/prometheus", new Probe("/actuator/prometheus", null, null, 401, 403, 403, 403, 200, 200));
        p.put("GET /v3/api-docs", new Probe("/v3/api-docs", null, null, 200, 200, 200, 200, 200, 200));
        p.put("GET /v3/api-docs.yaml", new Probe("/v3/api-docs.yaml", null, null, 200, 200, 200, 200, 200, 200));
        p.put("GET /v3/api-docs/swagger-config", new Probe("/v3/api-docs/swagger-config", null, null, 200, 200, 200, 200, 200, 200));
        p.put("GET /swagger-ui.html", new Probe("/swagger-ui.html", null, null, 302, 302, 302, 302, 302, 302));
        return p;
    }

    /** Every governed endpoint the application serves, as "METHOD pattern". */
    private Set<String> discovered() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") || pattern.startsWith("/open311/") || pattern.startsWith("/v3/api-docs")
                        || pattern.startsWith("/swagger-ui")) {
                    (methods.isEmpty() ? Set.of(RequestMethod.GET) : methods).forEach(m -> endpoints.add(m + " " + pattern));
                }
            }
        });
        endpoints.add("GET " + actuator.getBasePath());
        actuator.getAllPaths().forEach(path -> endpoints.add("GET " + path));
        return endpoints;
    }

    @Test
    void everyEndpointAnswersEachCallerAsItsRoleAndScopeAllow() {
        Map<String, Probe> expectations = expectations();
        // A key may add "?parameter=value" for a parameter that reads something else (one more row per endpoint).
        assertThat(expectations.keySet().stream().map(k -> k.replaceFirst("\\?.*", "")).collect(Collectors.toSet()))
                .as("endpoints with an expectation").containsExactlyInAnyOrderElementsOf(discovered());

        List<String> wrong = new ArrayList<>();
        expectations.forEach((endpoint, probe) -> {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            for (Caller caller : Caller.values()) {
                AdminClient.Answer answer = api.call(method, probe.path(), probe.contentType(), probe.body(), tokens.get(caller));
                int expected = probe.statuses()[caller.ordinal()];
                if (answer.status() != expected) {
                    wrong.add(endpoint + " as " + caller + ": " + answer.status() + " instead of " + expected + " "
                            + answer.raw().substring(0, Math.min(160, answer.raw().length())));
                }
            }
        });
        assertThat(wrong).as("calls answered with the wrong status").isEmpty();
    }
}
