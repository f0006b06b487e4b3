package cn.gridbot.app.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestClock;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.TestState;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.gridevent.Actor;
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.wechat.WeChatProperties;

/** The resident conversation end to end: real signed XML of each message type through the portal. */
@IntegrationTest
class ResidentConversationIT {

    /** A point inside 幸福路网格 (TC-A-1-01) of the test county. */
    private static final double LON = 104.005;
    private static final double LAT = 30.005;

    @Autowired
    Clients clients;
    @Autowired
    WeChatProperties wechat;
    @Autowired
    TestState state;
    @Autowired
    TestCounty county;
    @Autowired
    GridEvents events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    WeChatClient wx;

    @BeforeEach
    void setUp() {
        county.load();
        wx = clients.wechat();
    }

    @Test
    void aComplaintWithoutAPlaceAsksForOneAndALocationMessageCompletesIt() {
        var ask = wx.text("o-1", "下水道堵了 水都漫到路上了 好几天了");
        assertThat(ask.content()).contains("什么地方").contains("跳过");
        assertThat(state.count("grid_event")).isZero();

        var done = wx.location("o-1", LON, LAT, "幸福路88号附近");
        GridEvent event = events.findByNumber(WeChatClient.eventNumberIn(done.content())).orElseThrow();
        assertThat(event.gridCode()).isEqualTo(TestCounty.GRID_ONE);
        assertThat(event.placement().matchedBy().name()).isEqualTo("LOCATION");
        assertThat(event.description()).contains("下水道堵了");
        assertThat(event.address()).isEqualTo("幸福路88号附近");
    }

    @Test
    void anAddressInWordsAnswersTheQuestionToo() {
        wx.text("o-2", "路灯坏了 晚上黑黢黢的");
        var done = wx.text("o-2", "建设路紫薇苑门口");
        GridEvent event = events.findByNumber(WeChatClient.eventNumberIn(done.content())).orElseThrow();
        assertThat(event.gridCode()).isEqualTo(TestCounty.GRID_TWO);
        assertThat(event.address()).isEqualTo("建设路紫薇苑门口");
    }

    @Test
    void skipSendsTheDraftToTheDispatcher() {
        wx.text("o-3", "有人乱倒建筑垃圾");
        var done = wx.text("o-3", "跳过");
        GridEvent event = events.findByNumber(WeChatClient.eventNumberIn(done.content())).orElseThrow();
        assertThat(event.gridCode()).isNull();
        assertThat(event.status()).isEqualTo(EventStatus.REPORTED);
        assertThat(done.content()).contains("统一派单");
    }

    @Test
    void voiceIsReadThroughWeChatsRecognition() {
        var reply = wx.voice("o-4", "幸福路的井盖不见了 好危险");
        GridEvent event = events.findByNumber(WeChatClient.eventNumberIn(reply.content())).orElseThrow();
        assertThat(event.gridCode()).isEqualTo(TestCounty.GRID_ONE);
        assertThat(wx.voice("o-4", "").content()).contains("没有听清");
    }

    @Test
    void photosSentFirstGoWithTheComplaintAndLaterOnesJoinTheOpenEvent() {
        assertThat(wx.image("o-5").content()).contains("收到照片");
        var reply = wx.text("o-5", "阳光小区门口垃圾堆成山了");
        String number = WeChatClient.eventNumberIn(reply.content());
        assertThat(reply.content()).contains("1 张");
        assertThat(wx.image("o-5").content()).contains(number);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_attachment", Integer.class)).isEqualTo(2);
    }

    @Test
    void aLocationSentFirstPlacesTheNextComplaint() {
        assertThat(wx.location("o-6", LON, LAT, "").content()).contains("收到位置");
        var reply = wx.text("o-6", "这里的路灯坏了好几天了");
        GridEvent event = events.findByNumber(WeChatClient.eventNumberIn(reply.content())).orElseThrow();
        assertThat(event.gridCode()).isEqualTo(TestCounty.GRID_ONE);
    }

    @Test
    void subscribeGetsAWelcomeAndMenuClicksRunTheSameCommands() {
        assertThat(wx.event("o-7", "subscribe", null).content()).contains("欢迎关注");
        wx.text("o-7", "幸福路下水道冒水了");
        assertThat(wx.event("o-7", "CLICK", "MY_EVENTS").content()).contains("您最近反映的事件");
        assertThat(wx.event("o-7", "CLICK", "HELP").content()).contains("使用说明");
        assertThat(wx.event("o-7", "unsubscribe", null).status()).isEqualTo(200);
    }

    @Test
    void otherMessageTypesGetAPoliteAnswerAndOnlyTheLogKeepsThem() {
        long t = WeChatClient.now();
        var video = wx.post(WeChatClient.message("o-8", "video", t, "<MediaId><![CDATA[v1]]></MediaId>", WeChatClient.nextMsgId()));
        var link = wx.post(WeChatClient.message("o-8", "link", t, "<Title><![CDATA[t]]></Title><Url><![CDATA[http://x]]></Url>", WeChatClient.nextMsgId()));
        var unknown = wx.post(WeChatClient.message("o-8", "miniprogrampage", t, "", WeChatClient.nextMsgId()));
        assertThat(video.content()).contains("抱歉");
        assertThat(link.content()).contains("抱歉");
        assertThat(unknown.content()).contains("抱歉");
        assertThat(state.count("grid_event")).isZero();
        assertThat(state.count("inbound_message")).isEqualTo(3);
    }

    @Test
    void residentsFollowTheirEventsAndWithdrawBeforeSignFor() {
        String number = WeChatClient.eventNumberIn(wx.text("o-9", "幸福路有人占道摆摊 车都过不去").content());
        assertThat(wx.text("o-9", "进度").content()).contains(number);
        assertThat(wx.text("o-9", "查询 " + number).content()).contains("已派发").contains("网格员");
        assertThat(wx.text("o-other", "查询 " + number).content()).contains("没有找到");
        assertThat(wx.text("o-9", "撤销 " + number).content()).contains("已撤销");
        assertThat(events.findByNumber(number).orElseThrow().status()).isEqualTo(EventStatus.CANCELLED);
    }

    @Test
    void anEmergencyIsAnsweredWithTheNumberToCallAndCreatedAsUrgentAtOnce() {
        var reply = wx.text("o-10", "快来人啊 有个老人倒在地上喊不醒了");
        assertThat(reply.content()).startsWith("⚠️").contains("120");
        GridEvent event = events.findByNumber(WeChatClient.eventNumberIn(reply.content())).orElseThrow();
        assertThat(event.urgent()).isTrue();
        assertThat(event.category().name()).isEqualTo("EMERGENCY");
        var located = wx.location("o-10", LON, LAT, "幸福路口");
        assertThat(located.content()).contains(event.number());
        assertThat(events.findByNumber(event.number()).orElseThrow().gridCode()).isEqualTo(TestCounty.GRID_ONE);
    }

    @Test
    void greetingsAndThanksCreateNothing() {
        assertThat(wx.text("o-11", "你好").content()).contains("网格通");
        assertThat(wx.text("o-11", "谢谢你们").content()).contains("不客气");
        assertThat(state.count("grid_event")).isZero();
    }

    @Test
    void aBareDigitRatesTheLatestResolvedEvent() {
        String number = WeChatClient.eventNumberIn(wx.text("o-12", "幸福路路灯坏了").content());
        resolve(number);
        assertThat(wx.text("o-12", "5").content()).contains("感谢").contains(number);
        GridEvent rated = events.findByNumber(number).orElseThrow();
        assertThat(rated.rating()).isEqualTo(5);
        assertThat(rated.status()).isEqualTo(EventStatus.CLOSED);
        assertThat(wx.text("o-12", "4").content()).contains("没有需要您评价");
    }

    @Test
    void aLowRatingWithTheNumberReopensTheEventForReview() {
        String number = WeChatClient.eventNumberIn(wx.text("o-13", "建设路下水道堵了").content());
        resolve(number);
        assertThat(wx.text("o-13", "评价 " + number + " 1").content()).contains("督查");
        GridEvent event = events.findByNumber(number).orElseThrow();
        assertThat(event.status()).isEqualTo(EventStatus.REOPENED);
        assertThat(event.flagged()).isTrue();
    }

    @Test
    void moreThanTwentyMessagesAMinuteGetATooFrequentAnswerAndCreateNothing() {
        startOfAMinute();
        for (int i = 0; i < 20; i++) {
            assertThat(wx.text("o-14", "你好").content()).doesNotContain("太频繁");
        }
        var refused = wx.text("o-14", "幸福路下水道堵了");
        assertThat(refused.content()).contains("太频繁");
        assertThat(state.count("grid_event")).isZero();
    }

    @Test
    void weChatsOwnEventReportsDoNotCountTowardsFloodControl() {
        startOfAMinute();
        for (int i = 0; i < 10; i++) {
            wx.event("o-15", "TEMPLATESENDJOBFINISH", null);
            wx.event("o-15", "LOCATION", null);
        }
        for (int i = 0; i < 5; i++) {
            wx.event("o-15", "MASSSENDJOBFINISH", null);
        }
        for (int i = 0; i < 19; i++) {
            assertThat(wx.text("o-15", "你好").content()).doesNotContain("太频繁");
        }
        assertThat(wx.text("o-15", "幸福路下水道堵了").content()).contains("事件编号").doesNotContain("太频繁");
        assertThat(wx.text("o-15", "你好").content()).contains("太频繁");
    }

    /** Flood control counts per clock minute: start right after a minute begins, so the count is not split. */
    private void startOfAMinute() {
        clock.advance(Duration.ofMillis(60_000 - clock.millis() % 60_000 + 50));
    }

    private void resolve(String number) {
        GridEvent event = events.findByNumber(number).orElseThrow();
        event.accept(Actor.worker(event.assigneeCode()), Instant.now());
        event.resolve(Actor.worker(event.assigneeCode()), "已处理", Instant.now());
        events.update(event);
    }
}
