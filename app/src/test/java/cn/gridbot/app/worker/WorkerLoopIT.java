package cn.gridbot.app.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.FakeWeChat;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.TestState;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.notify.OutboxDispatcher;
import cn.gridbot.wechat.WeChatProperties;

/**
 * The worker loop (README "Conversation", "Event lifecycle") through the portal and the fake WeChat: a resident reports, the worker is
 * pushed the task, signs for it, resolves it with a photo, the resident is told and asked to rate, and
 * the rating closes the event.
 */
@IntegrationTest
class WorkerLoopIT {

    private static final String RESIDENT = "o-loop-resident";
    private static final String WORKER = TestCounty.WORKER_ONE_OPENID;

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
    OutboxDispatcher dispatcher;
    @Autowired
    JdbcTemplate jdbc;

    WeChatClient wx;
    final FakeWeChat fake = FakeWeChat.instance();

    @BeforeEach
    void setUp() {
        county.load();
        wx = clients.wechat();
    }

    @Test
    void residentToWorkerToResolutionToRatingThroughThePortal() {
        String number = WeChatClient.eventNumberIn(wx.text(RESIDENT, "幸福路下水道堵了 污水漫到路上").content());
        dispatcher.deliverDue();
        FakeWeChat.Sent task = only(fake.sent(), WORKER);
        assertThat(task.api()).isEqualTo("template");
        assertThat(task.body().path("template_id").asString()).isEqualTo("tpl-task-assigned");
        assertThat(task.body().path("data").path("number").path("value").asString()).isEqualTo(number);
        assertThat(task.body().path("client_msg_id").asString()).startsWith("gridbot-");

        assertThat(wx.text(WORKER, "任务").content()).contains(number);
        assertThat(wx.text(WORKER, "签收 " + number.substring(9)).content()).contains("已签收事件 " + number);
        assertThat(events.findByNumber(number).orElseThrow().status()).isEqualTo(EventStatus.ACCEPTED);
        assertThat(wx.text(WORKER, "办结 " + number + " 已联系市政疏通,恢复正常").content()).contains("已办结");
        assertThat(wx.image(WORKER).content()).contains("办结记录");
        dispatcher.deliverDue();

        List<FakeWeChat.Sent> toResident = fake.sent().stream().filter(s -> s.toUser().equals(RESIDENT)).toList();
        assertThat(toResident).extracting(FakeWeChat.Sent::api).containsExactlyInAnyOrder("custom", "custom", "template");
        assertThat(toResident.stream().filter(s -> s.api().equals("custom")).map(s -> s.body().path("text").path("content").asString()))
                .anySatisfy(text -> assertThat(text).contains("签收"))
                .anySatisfy(text -> assertThat(text).contains("已办结"));

        assertThat(wx.text(RESIDENT, "5").content()).contains("感谢");
        GridEvent closed = events.findByNumber(number).orElseThrow();
        assertThat(closed.status()).isEqualTo(EventStatus.CLOSED);
        assertThat(closed.rating()).isEqualTo(5);
        assertThat(closed.timeline()).extracting(t -> t.to()).containsExactly(EventStatus.REPORTED, EventStatus.ASSIGNED,
                EventStatus.ACCEPTED, EventStatus.RESOLVED, EventStatus.CLOSED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_attachment WHERE kind = 'RESOLUTION_PHOTO'", Integer.class))
                .isEqualTo(1);
        assertThat(fake.problems()).isEmpty();
    }

    @Test
    void refusedStepsGetAClearAnswerNamingTheEvent() {
        String number = WeChatClient.eventNumberIn(wx.text(RESIDENT, "建设路路灯坏了好几天").content());
        // The event is in grid two (W102); W101 may not sign for it.
        assertThat(wx.text(WORKER, "签收 " + number).content()).contains(number).contains("不是派给您的");
        String mine = WeChatClient.eventNumberIn(wx.text(RESIDENT, "幸福路井盖坏了").content());
        wx.text(WORKER, "签收 " + mine);
        assertThat(wx.text(WORKER, "签收 " + mine).content()).contains(mine).contains("已签收").contains("不能签收");
        assertThat(wx.text(WORKER, "办结 " + mine).content()).contains("请写明处理结果");
        assertThat(wx.text(WORKER, "签收 9999").content()).contains("没有找到");
    }

    @Test
    void returnAndEscalationGoBackToTheTownshipCentre() {
        String one = WeChatClient.eventNumberIn(wx.text(RESIDENT, "幸福路有人占道摆摊").content());
        assertThat(wx.text(WORKER, "退回 " + one + " 不属于本网格").content()).contains("已退回");
        assertThat(events.findByNumber(one).orElseThrow().status()).isEqualTo(EventStatus.RETURNED);
        String two = WeChatClient.eventNumberIn(wx.text(RESIDENT, "阳光小区楼房开裂 怕垮").content());
        wx.text(WORKER, "签收 " + two);
        assertThat(wx.text(WORKER, "上报 " + two + " 需要住建部门鉴定").content()).contains("已上报");
        assertThat(events.findByNumber(two).orElseThrow().status()).isEqualTo(EventStatus.ESCALATED);
        // The township dispatcher D001 is told of both.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE worker_code = 'D001' AND status = 'PENDING'",
                Integer.class)).isEqualTo(2);
    }

    private static FakeWeChat.Sent only(List<FakeWeChat.Sent> sent, String to) {
        List<FakeWeChat.Sent> mine = sent.stream().filter(s -> s.toUser().equals(to)).toList();
        assertThat(mine).hasSize(1);
        return mine.get(0);
    }
}
