package cn.gridbot.app.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.FakeWeChat;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.NotRuledOut;
import cn.gridbot.app.support.TestClock;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.classify.Classifier;
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.notify.OutboxDispatcher;
import tools.jackson.databind.JsonNode;

/**
 * Duplicate reports (重复件, README "Departments and supervision") through the portal: a complaint repeating an open
 * event of the same grid and category — alike in words, or sent from within 100 m — is stored MERGED into it, with no
 * second task push; its reporter is told the main number, then gets the main event's status pushes and rating request
 * and rates it. Not merged: another category, a closed event, an event older than the window, far apart and unalike.
 * A supervisor unmerges a report into an event of its own.
 */
@IntegrationTest
@TestPropertySource(properties = "gridbot.merge.enabled=true")
class MergeIT {

    private static final String FIRST = "o-merge-1";
    private static final String SECOND = "o-merge-2";
    private static final String THIRD = "o-merge-3";
    private static final String WORKER = TestCounty.WORKER_ONE_OPENID;
    private static final String DRAIN = "幸福路12号门口下水道堵了,污水冒出来了";
    private static final String DRAIN_AGAIN = "幸福路12号门口的下水道又堵了,污水都冒出来了";

    @Autowired
    Classifier classifier;
    @Autowired
    Clients clients;
    @Autowired
    TestCounty county;
    @Autowired
    GridEvents events;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    WeChatClient wx;
    AdminClient api;
    final FakeWeChat fake = FakeWeChat.instance();

    @BeforeEach
    void setUp() {
        county.load();
        wx = clients.wechat();
        api = clients.api();
    }

    @Test
    void aRepeatWhoseDangerIsNotRuledOutIsStillPushedToTheCentreAndTheMainEventsWorkerToCheck() {
        String notRuledOut = NotRuledOut.complaint(classifier);
        wx.text(FIRST, notRuledOut);
        String main = WeChatClient.eventNumberIn(wx.text(FIRST, "阳光小区3栋").content());
        wx.text(SECOND, notRuledOut);
        String againReply = wx.text(SECOND, "阳光小区3栋").content();
        assertThat(againReply).contains("已并入事件 " + main).contains("如果危险正在发生,请立即拨打 ");
        String again = WeChatClient.eventNumberIn(againReply);
        assertThat(events.findByNumber(again).orElseThrow().report().dangerNotRuledOut())
                .isTrue();
        List<String> toCentre = jdbc.queryForList("SELECT payload FROM notification WHERE notify_key LIKE ?", String.class,
                "DISPATCH:" + again + ":%");
        assertThat(toCentre).singleElement().satisfies(payload -> assertThat(payload).contains("【危险未排除】")
                .contains("已并入事件 " + main).doesNotContain("请尽快派单"));
        assertThat(jdbc.queryForList("SELECT notify_key FROM notification WHERE notify_key LIKE ?", String.class,
                "TASK_ASSIGNED:" + again + ":%")).as("no second task").isEmpty();
        String holder = events.findByNumber(main).orElseThrow().assigneeCode();
        assertThat(holder).as("the main event is held by a worker").isNotNull();
        List<String> toHolder = jdbc.queryForList("SELECT payload FROM notification WHERE notify_key LIKE ?",
                String.class, "REPEAT:" + again + ":" + holder + ":%");
        assertThat(toHolder).as("the main event's worker is asked to check").singleElement()
                .satisfies(payload -> assertThat(payload).contains("【危险未排除】" + main).contains("又有居民反映")
                        .contains("请尽快联系居民或到场核实"));

        String drain = WeChatClient.eventNumberIn(wx.text(THIRD, DRAIN).content());
        String drainAgain = WeChatClient.eventNumberIn(wx.text("o-merge-4", DRAIN_AGAIN).content());
        assertThat(events.findByNumber(drainAgain).orElseThrow().mergedInto()).isEqualTo(drain);
        assertThat(jdbc.queryForList("SELECT notify_key FROM notification WHERE notify_key LIKE ?", String.class,
                "DISPATCH:" + drainAgain + ":%")).as("a calm repeat pushes nobody").isEmpty();
        assertThat(jdbc.queryForList("SELECT notify_key FROM notification WHERE notify_key LIKE ?", String.class,
                "REPEAT:" + drainAgain + ":%")).as("not even the main event's worker").isEmpty();
    }

    @Test
    void aRepeatedComplaintIsMergedAndItsReportersFollowTheMainEvent() {
        String main = WeChatClient.eventNumberIn(wx.text(FIRST, DRAIN).content());
        String againReply = wx.text(SECOND, DRAIN_AGAIN).content();
        String again = WeChatClient.eventNumberIn(againReply);
        assertThat(againReply).contains("已并入事件 " + main);
        wx.image(THIRD);
        String thirdReply = wx.text(THIRD, "幸福路12号门口下水道堵了,污水冒出来了,好臭").content();
        assertThat(thirdReply).as("a merged repeat's reply counts the photo sent with it").contains("照片:1 张已附上")
                .contains("已并入事件 " + main);
        String third = WeChatClient.eventNumberIn(thirdReply);
        GridEvent merged = events.findByNumber(again).orElseThrow();
        assertThat(merged.status()).isEqualTo(EventStatus.MERGED);
        assertThat(merged.mergedInto()).isEqualTo(main);
        assertThat(merged.assigneeCode()).isNull();
        assertThat(events.findByNumber(third).orElseThrow().mergedInto()).isEqualTo(main);
        dispatcher.deliverDue();
        assertThat(sentTo(WORKER)).as("one task push for three reports").hasSize(1);

        wx.text(WORKER, "签收 " + main);
        wx.text(WORKER, "办结 " + main + " 已疏通");
        dispatcher.deliverDue();
        for (String reporter : List.of(FIRST, SECOND, THIRD)) {
            List<String> pushes = sentTo(reporter);
            assertThat(pushes).as("status pushes and the rating request to " + reporter).hasSize(3)
                    .allMatch(p -> p.contains(main));
        }
        assertThat(sentTo(SECOND)).anyMatch(p -> p.contains(again));

        assertThat(wx.text(SECOND, "4").content()).contains("感谢");
        assertThat(events.findByNumber(again).orElseThrow().rating()).isEqualTo(4);
        assertThat(events.findByNumber(main).orElseThrow().status()).as("the main reporter's rating is still owed")
                .isEqualTo(EventStatus.RESOLVED);
        wx.text(THIRD, "评价 " + third + " 2");
        GridEvent reopened = events.findByNumber(main).orElseThrow();
        assertThat(reopened.status()).isEqualTo(EventStatus.REOPENED);
        assertThat(reopened.flagged()).isTrue();
        assertThat(reopened.timeline().get(reopened.timeline().size() - 1).note()).contains(third);
    }

    @Test
    void mergedByLocationWithin100MetresButNotAnotherCategoryOrFarAway() {
        String main = located(FIRST, "路灯坏了,晚上黑得很", 104.0050, 30.0050);
        assertThat(events.findByNumber(located(SECOND, "井盖松了,车一过就哐哐响", 104.0055, 30.0053)).orElseThrow().mergedInto())
                .as("about 60 m away").isEqualTo(main);
        GridEvent otherCategory = events.findByNumber(located(THIRD, "有人在这里摆摊占道,走路都过不去", 104.0050, 30.0050)).orElseThrow();
        assertThat(otherCategory.category().name()).isEqualTo("URBAN_MANAGEMENT");
        assertThat(otherCategory.status()).isEqualTo(EventStatus.ASSIGNED);
        GridEvent farAway = events.findByNumber(located("o-merge-4", "井盖松了,车一过就哐哐响", 104.0090, 30.0090)).orElseThrow();
        assertThat(farAway.status()).as("about 600 m away, and unalike").isEqualTo(EventStatus.ASSIGNED);
    }

    @Test
    void notMergedIntoAClosedEventNorOneOlderThanTheWindow() {
        String closed = WeChatClient.eventNumberIn(wx.text(FIRST, DRAIN).content());
        wx.text(WORKER, "签收 " + closed);
        wx.text(WORKER, "办结 " + closed + " 已疏通");
        wx.text(FIRST, "5");
        assertThat(events.findByNumber(closed).orElseThrow().status()).isEqualTo(EventStatus.CLOSED);
        String open = WeChatClient.eventNumberIn(wx.text(SECOND, DRAIN_AGAIN).content());
        assertThat(events.findByNumber(open).orElseThrow().status()).isEqualTo(EventStatus.ASSIGNED);

        clock.advance(Duration.ofHours(73));
        String later = WeChatClient.eventNumberIn(wx.text(THIRD, DRAIN_AGAIN).content());
        assertThat(events.findByNumber(later).orElseThrow().status()).as("73 hours after the open one")
                .isEqualTo(EventStatus.ASSIGNED);
    }

    @Test
    void mergedReportsCountAsReceivedButNotAsEventsToResolve() {
        String main = WeChatClient.eventNumberIn(wx.text(FIRST, DRAIN).content());
        wx.text(SECOND, DRAIN_AGAIN);
        wx.text(WORKER, "签收 " + main);
        wx.text(WORKER, "办结 " + main + " 已疏通");
        JsonNode overview = api.get("/api/v1/stats/overview?gridCode=" + TestCounty.EAST_TOWN, clients.adminToken()).body();
        assertThat(overview.get("received").asLong()).isEqualTo(2);
        assertThat(overview.get("resolved").asLong()).isEqualTo(1);
        assertThat(overview.get("completionRate").asDouble()).isEqualTo(1.0);
        api.post("/api/v1/stats/rebuild", null, clients.adminToken());
        JsonNode rebuilt = api.get("/api/v1/stats/overview?gridCode=" + TestCounty.EAST_TOWN, clients.adminToken()).body();
        assertThat(rebuilt.get("completionRate").asDouble()).as("the rebuild counts alike").isEqualTo(1.0);
    }

    @Test
    void aSupervisorInScopeUnmergesAReportIntoAnEventOfItsOwn() {
        String main = WeChatClient.eventNumberIn(wx.text(FIRST, DRAIN).content());
        String again = WeChatClient.eventNumberIn(wx.text(SECOND, DRAIN + " 13912345678").content());
        assertThat(events.findByNumber(again).orElseThrow().mergedInto()).isEqualTo(main);
        String path = "/api/v1/events/" + again + "/unmerge";
        assertThat(api.post(path, "{}", null).status()).isEqualTo(401);
        assertThat(api.post(path, "{}", token("VIEWER", TestCounty.EAST_TOWN)).status()).isEqualTo(403);
        assertThat(api.post(path, "{}", token("SUPERVISOR", TestCounty.WEST_TOWN)).status()).isEqualTo(404);
        assertThat(events.findByNumber(again).orElseThrow().status()).isEqualTo(EventStatus.MERGED);

        AdminClient.Answer unmerged = api.post(path, "{\"note\":\"是另一个井\"}", token("SUPERVISOR", TestCounty.EAST_TOWN));
        assertThat(unmerged.status()).as(unmerged.raw()).isEqualTo(200);
        assertThat(unmerged.body().get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(unmerged.body().get("assigneeCode").asString()).isEqualTo(TestCounty.WORKER_ONE);
        assertThat(unmerged.body().get("mergedInto").isNull()).isTrue();
        assertThat(unmerged.body().get("reporterOpenid").isNull()).isTrue();
        assertThat(unmerged.raw()).doesNotContain("13912345678").contains("139****5678");
        assertThat(api.post(path, "{}", clients.adminToken()).status()).as("no longer merged").isEqualTo(409);
        dispatcher.deliverDue();
        assertThat(sentTo(WORKER)).hasSize(2).anyMatch(p -> p.contains(again));
        assertThat(api.get("/api/v1/events/" + again, clients.adminToken()).raw()).contains("13912345678");
    }

    /** A complaint without a place, then its location: the event's number. */
    private String located(String openid, String text, double longitude, double latitude) {
        assertThat(wx.text(openid, text).content()).contains("位置");
        return WeChatClient.eventNumberIn(wx.location(openid, longitude, latitude, "").content());
    }

    private List<String> sentTo(String openid) {
        return fake.sent().stream().filter(s -> s.toUser().equals(openid)).map(s -> s.body().toString()).toList();
    }

    private String token(String role, String unit) {
        return api.post("/api/v1/tokens", "{\"role\":\"" + role + "\",\"unitCode\":\"" + unit + "\",\"label\":\"" + role + " "
                + unit + "\"}", clients.adminToken()).body().get("token").asString();
    }
}
