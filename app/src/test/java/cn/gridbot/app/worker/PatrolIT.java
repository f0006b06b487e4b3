package cn.gridbot.app.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

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
import cn.gridbot.patrol.Patrolling;
import tools.jackson.databind.JsonNode;

/**
 * Patrols through the portal (README "The grid worker's own day"): "巡查" starts one, location messages and the
 * account's LOCATION reports build the track, "结束巡查" ends it with its verdict — valid inside the grid, not valid
 * mostly outside it or too short — and one nobody ends ends by itself after four hours. The API shows each with
 * its track.
 */
@IntegrationTest
class PatrolIT {

    private static final String WORKER = TestCounty.WORKER_ONE_OPENID;

    @Autowired
    Clients clients;
    @Autowired
    TestCounty county;
    @Autowired
    TestClock clock;
    @Autowired
    Patrolling patrolling;
    @Autowired
    JdbcTemplate jdbc;

    WeChatClient wx;
    AdminClient api;

    @BeforeEach
    void setUp() {
        county.load();
        wx = clients.wechat();
        api = clients.api();
    }

    /** A point inside grid one (104.000–104.010, 30.000–30.010). */
    private String inside(int i) {
        return wx.location(WORKER, 104.002 + i * 0.001, 30.004, "幸福路" + i + "号").content();
    }

    /** A point in grid two, next door. */
    private String outside(int i) {
        return wx.location(WORKER, 104.012 + i * 0.001, 30.004, "建设路" + i + "号").content();
    }

    private JsonNode onlyPatrol() {
        JsonNode page = api.get("/api/v1/patrols?workerCode=" + TestCounty.WORKER_ONE, clients.adminToken()).body();
        assertThat(page.get("total").asLong()).isEqualTo(1);
        return page.get("items").get(0);
    }

    @Test
    void aPatrolInsideTheGridLongEnoughIsValidAndItsTrackIsALineString() {
        assertThat(wx.text(WORKER, "巡查").content()).contains("巡查开始");
        assertThat(inside(1)).contains("第 1 个").contains("在本网格内");
        clock.advance(Duration.ofMinutes(10));
        assertThat(inside(2)).contains("第 2 个");
        clock.advance(Duration.ofMinutes(10));
        assertThat(wx.event(WORKER, "LOCATION", null).status()).isEqualTo(200);
        assertThat(wx.post(locationReport(WORKER, 104.004, 30.006)).body()).as("a location report gets no answer").isEqualTo("success");
        assertThat(inside(3)).contains("第 4 个");
        clock.advance(Duration.ofMinutes(6));

        String reply = wx.text(WORKER, "结束巡查 沿幸福路巡查一圈,未见异常").content();
        assertThat(reply).contains("时长 26 分钟").contains("位置点 4 个").contains("网格内 4 个(100%)").contains("有效巡查");
        assertThat(reply).doesNotContain("未达到");

        JsonNode patrol = onlyPatrol();
        assertThat(patrol.get("valid").asBoolean()).isTrue();
        assertThat(patrol.get("points").asInt()).isEqualTo(4);
        assertThat(patrol.get("insideShare").asDouble()).isEqualTo(1.0);
        assertThat(patrol.get("gridCode").asString()).isEqualTo(TestCounty.GRID_ONE);
        assertThat(patrol.get("note").asString()).isEqualTo("沿幸福路巡查一圈,未见异常");
        JsonNode detail = api.get("/api/v1/patrols/" + patrol.get("id").asLong(), clients.adminToken()).body();
        assertThat(detail.get("track").get("type").asString()).isEqualTo("LineString");
        assertThat(detail.get("track").get("coordinates")).hasSize(4);
        assertThat(detail.get("track").get("coordinates").get(2).get(0).asDouble()).isEqualTo(104.004);
        assertThat(detail.get("track").get("coordinates").get(2).get(1).asDouble()).isEqualTo(30.006);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grid_event", Integer.class)).as("locations are no complaints").isZero();
    }

    @Test
    void aPatrolMostlyOutsideTheGridIsNotValid() {
        wx.text(WORKER, "巡查");
        inside(1);
        assertThat(outside(1)).contains("不在本网格内");
        outside(2);
        outside(3);
        clock.advance(Duration.ofMinutes(30));
        String reply = wx.text(WORKER, "结束巡查").content();
        assertThat(reply).contains("位置点 4 个").contains("网格内 1 个(25%)").contains("未达到有效巡查");
        assertThat(onlyPatrol().get("valid").asBoolean()).isFalse();
    }

    @Test
    void aPatrolTooShortIsNotValid() {
        wx.text(WORKER, "巡查");
        inside(1);
        inside(2);
        inside(3);
        clock.advance(Duration.ofMinutes(5));
        String reply = wx.text(WORKER, "结束巡查 转了一圈").content();
        assertThat(reply).contains("时长 5 分钟").contains("网格内 3 个(100%)").contains("未达到有效巡查");
        assertThat(onlyPatrol().get("valid").asBoolean()).isFalse();
    }

    @Test
    void aPatrolNobodyEndsEndsByItselfAfterFourHours() {
        wx.text(WORKER, "巡查");
        inside(1);
        inside(2);
        inside(3);
        assertThat(wx.text(WORKER, "巡查").content()).contains("您已在巡查中").contains("已记录 3 个位置点");
        clock.advance(Duration.ofHours(3).plusMinutes(59));
        patrolling.endOverlong();
        assertThat(onlyPatrol().get("open").asBoolean()).isTrue();
        clock.advance(Duration.ofMinutes(2));
        patrolling.endOverlong();

        JsonNode patrol = onlyPatrol();
        assertThat(patrol.get("open").asBoolean()).isFalse();
        assertThat(patrol.get("autoEnded").asBoolean()).isTrue();
        assertThat(patrol.get("valid").asBoolean()).isTrue();
        assertThat(Duration.between(java.time.OffsetDateTime.parse(patrol.get("startedAt").asString()),
                java.time.OffsetDateTime.parse(patrol.get("endedAt").asString()))).isEqualTo(Duration.ofHours(4));
        assertThat(wx.text(WORKER, "结束巡查").content()).contains("没有进行中的巡查");
        assertThat(inside(4)).as("not on patrol: the usual answer, no point").contains("不会生成事件");
        assertThat(onlyPatrol().get("points").asInt()).isEqualTo(3);
    }

    @Test
    void aLocationFromAWorkerNotOnPatrolIsAnsweredAsBeforeAndRecordsNothing() {
        assertThat(inside(1)).contains("不会生成事件");
        assertThat(wx.post(locationReport(WORKER, 104.004, 30.006)).body()).isEqualTo("success");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM patrol", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grid_event", Integer.class)).isZero();
    }

    /** The account's periodic location report, as WeChat pushes it (an event with Latitude and Longitude). */
    private static String locationReport(String openid, double longitude, double latitude) {
        return "<xml><ToUserName><![CDATA[" + WeChatClient.ACCOUNT + "]]></ToUserName><FromUserName><![CDATA[" + openid
                + "]]></FromUserName><CreateTime>" + (WeChatClient.now() + WeChatClient.nextMsgId() % 100000)
                + "</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[LOCATION]]></Event><Latitude>" + latitude
                + "</Latitude><Longitude>" + longitude + "</Longitude><Precision>20.0</Precision></xml>";
    }
}
