package cn.gridbot.app.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestClock;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import tools.jackson.databind.JsonNode;

/**
 * Extensions (延期, README "Departments and supervision"): the assignee asks through the portal, a supervisor of the
 * event's units approves or refuses through the API, approval moves the resolve deadline by working days of the
 * holiday calendar, an event has at most two, and the on-time figures count against the approved deadline.
 * The clock stands on Monday 28 December 2026: three working days end on Thursday the 31st, and the next working day
 * after that is Monday 4 January 2027 (1 January is a holiday, then a weekend).
 */
@IntegrationTest
class ExtensionsIT {

    private static final String RESIDENT = "o-ext-resident";
    private static final String WORKER = TestCounty.WORKER_ONE_OPENID;
    private static final Instant MONDAY_MORNING = OffsetDateTime.parse("2026-12-28T10:00:00+08:00").toInstant();

    @Autowired
    Clients clients;
    @Autowired
    TestCounty county;
    @Autowired
    TestClock clock;
    @Autowired
    GridEvents events;
    @Autowired
    JdbcTemplate jdbc;

    AdminClient api;
    WeChatClient wx;
    String admin;
    String number;

    @BeforeEach
    void setUp() {
        county.load();
        api = clients.api();
        wx = clients.wechat();
        admin = clients.adminToken();
        clock.advance(Duration.between(clock.instant(), MONDAY_MORNING));
        number = WeChatClient.eventNumberIn(wx.text(RESIDENT, "幸福路下水道堵了 污水漫到路上").content());
        assertThat(events.findByNumber(number).orElseThrow().resolveDeadline())
                .isEqualTo(OffsetDateTime.parse("2026-12-31T18:00:00+08:00").toInstant());
        wx.text(WORKER, "签收 " + number);
    }

    @Test
    void anApprovedExtensionMovesTheDeadlineOverTheHolidayAndTheWorkerIsTold() {
        assertThat(wx.text(WORKER, "延期 " + number.substring(9) + " 1 等待管道配件到货").content())
                .contains("已提交延期申请").contains(number);
        String supervisor = token("SUPERVISOR", TestCounty.EAST_TOWN);
        JsonNode pending = api.get("/api/v1/extensions?status=PENDING", supervisor).body();
        assertThat(pending.get("total").asLong()).isEqualTo(1);
        JsonNode request = pending.get("items").get(0);
        assertThat(request.get("eventNumber").asString()).isEqualTo(number);
        assertThat(request.get("workerCode").asString()).isEqualTo(TestCounty.WORKER_ONE);
        assertThat(request.get("workingDays").asInt()).isEqualTo(1);
        assertThat(request.get("reason").asString()).isEqualTo("等待管道配件到货");
        assertThat(api.get("/api/v1/extensions?status=PENDING", token("SUPERVISOR", TestCounty.WEST_TOWN)).body()
                .get("total").asLong()).isZero();

        AdminClient.Answer approved = api.post("/api/v1/extensions/" + request.get("id").asLong() + "/approve",
                "{\"note\":\"同意\"}", supervisor);
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        assertThat(approved.body().get("status").asString()).isEqualTo("APPROVED");
        Instant monday = OffsetDateTime.parse("2027-01-04T18:00:00+08:00").toInstant();
        assertThat(OffsetDateTime.parse(approved.body().get("newDeadline").asString()).toInstant()).isEqualTo(monday);
        GridEvent extended = events.findByNumber(number).orElseThrow();
        assertThat(extended.resolveDeadline()).isEqualTo(monday);
        assertThat(extended.timeline().get(extended.timeline().size() - 1).note()).contains("批准延期 1 个工作日").contains("2027-01-04 18:00");
        assertThat(extended.timeline()).anySatisfy(t -> assertThat(t.note()).contains("申请延期 1 个工作日"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE kind = 'EXTENSION_DECIDED' AND worker_code = ?"
                + " AND recipient_openid = ? AND event_number = ?", Integer.class, TestCounty.WORKER_ONE, WORKER, number)).isEqualTo(1);
        assertThat(api.post("/api/v1/extensions/" + request.get("id").asLong() + "/refuse", "{}", admin).status())
                .as("a request is decided once").isEqualTo(409);

        // Resolved on Monday 4 January at noon: late against the first deadline, on time against the approved one.
        clock.advance(Duration.between(clock.instant(), OffsetDateTime.parse("2027-01-04T12:00:00+08:00").toInstant()));
        assertThat(wx.text(WORKER, "办结 " + number + " 已更换井盖").content()).contains("已办结");
        assertThat(events.findByNumber(number).orElseThrow().overdue()).isFalse();
        JsonNode overview = api.get("/api/v1/stats/overview?from=2026-12-28&to=2026-12-28&gridCode=" + TestCounty.EAST_TOWN,
                admin).body();
        assertThat(overview.get("resolved").asLong()).isEqualTo(1);
        assertThat(overview.get("onTimeRate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aRefusedExtensionKeepsTheDeadlineAndAnEventHasAtMostTwo() {
        Instant deadline = events.findByNumber(number).orElseThrow().resolveDeadline();
        wx.text(WORKER, "延期 " + number + " 2 需要协调物业");
        assertThat(wx.text(WORKER, "延期 " + number + " 1 再等等").content()).contains("审批中");
        AdminClient.Answer refused = api.post("/api/v1/extensions/" + pendingId() + "/refuse", "{\"note\":\"请按时办结\"}", admin);
        assertThat(refused.body().get("status").asString()).isEqualTo("REFUSED");
        assertThat(events.findByNumber(number).orElseThrow().resolveDeadline()).isEqualTo(deadline);
        assertThat(events.findByNumber(number).orElseThrow().timeline()).last()
                .satisfies(t -> assertThat(t.note()).contains("延期申请未批准").contains("请按时办结"));

        wx.text(WORKER, "延期 " + number + " 1 配件未到");
        api.post("/api/v1/extensions/" + pendingId() + "/approve", "{}", admin);
        wx.text(WORKER, "延期 " + number + " 1 配件还没到");
        api.post("/api/v1/extensions/" + pendingId() + "/approve", "{}", admin);
        // Two approved: Thursday 31st + 1 working day = Monday 4th, + 1 = Tuesday 5th.
        assertThat(events.findByNumber(number).orElseThrow().resolveDeadline())
                .isEqualTo(OffsetDateTime.parse("2027-01-05T18:00:00+08:00").toInstant());
        assertThat(wx.text(WORKER, "延期 " + number + " 1 还要等").content()).contains("已申请过两次延期");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM extension_request", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE kind = 'EXTENSION_DECIDED'", Integer.class))
                .isEqualTo(3);
        assertThat(wx.text(TestCounty.WORKER_TWO_OPENID, "延期 " + number + " 1 不是我的").content()).contains("不是派给您的");
    }

    @Test
    void decisionsAnswerEachRoleAndScopeAndReasonsAreMasked() {
        wx.text(WORKER, "延期 " + number + " 1 业主电话13912345678 约不上");
        long id = pendingId();
        assertThat(api.post("/api/v1/extensions/" + id + "/approve", "{}", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/extensions", null).status()).isEqualTo(401);
        String viewer = token("VIEWER", TestCounty.EAST_TOWN);
        assertThat(api.post("/api/v1/extensions/" + id + "/approve", "{}", viewer).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/extensions/" + id + "/refuse", "{}", token("SUPERVISOR", TestCounty.WEST_TOWN)).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/extensions?gridCode=" + TestCounty.EAST_TOWN, token("SUPERVISOR", TestCounty.WEST_TOWN))
                .status()).isEqualTo(403);

        AdminClient.Answer seenByViewer = api.get("/api/v1/extensions", viewer);
        assertThat(seenByViewer.body().get("total").asLong()).isEqualTo(1);
        assertThat(seenByViewer.raw()).doesNotContain("13912345678").contains("139****5678");
        assertThat(api.get("/api/v1/extensions", admin).raw()).contains("13912345678");
        AdminClient.Answer decided = api.post("/api/v1/extensions/" + id + "/approve", "{}", token("SUPERVISOR", TestCounty.EAST_TOWN));
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.raw()).doesNotContain("13912345678");
        assertThat(jdbc.queryForList("SELECT payload FROM notification WHERE kind = 'EXTENSION_DECIDED'", String.class))
                .hasSize(1).noneMatch(p -> p.contains("13912345678"));
    }

    private long pendingId() {
        return jdbc.queryForObject("SELECT id FROM extension_request WHERE status = 'PENDING'", Long.class);
    }

    private String token(String role, String unit) {
        return api.post("/api/v1/tokens", "{\"role\":\"" + role + "\",\"unitCode\":\"" + unit + "\",\"label\":\"" + role + " "
                + unit + "\"}", admin).body().get("token").asString();
    }
}
