package cn.gridbot.app.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestClock;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.gridevent.DeadlineWatch;
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.wechat.WeChatProperties;

/** README "Event lifecycle": late sign-for reminds, then escalates; late resolution is flagged; unrated events close after 7 days. */
@IntegrationTest
class DeadlineWatchIT {

    @Autowired
    Clients clients;
    @Autowired
    WeChatProperties wechat;
    @Autowired
    TestCounty county;
    @Autowired
    GridEvents events;
    @Autowired
    DeadlineWatch watch;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    WeChatClient wx;

    @BeforeEach
    void setUp() {
        county.load();
        wx = clients.wechat();
    }

    private int notifications(String kind) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE kind = ?", Integer.class, kind);
        return n == null ? 0 : n;
    }

    @Test
    void aLateSignForRemindsTheWorkerOnceThenEscalatesToTheTownship() {
        String number = WeChatClient.eventNumberIn(wx.text("o-r", "幸福路下水道堵了").content());
        GridEvent event = events.findByNumber(number).orElseThrow();
        clock.advance(Duration.between(clock.instant(), event.signDeadline()).plusMinutes(1));
        watch.run();
        watch.run();
        assertThat(notifications("SIGN_OVERDUE")).isEqualTo(1);
        assertThat(events.findByNumber(number).orElseThrow().status()).isEqualTo(EventStatus.ASSIGNED);
        clock.advance(Duration.ofMinutes(61));
        watch.run();
        GridEvent escalated = events.findByNumber(number).orElseThrow();
        assertThat(escalated.status()).isEqualTo(EventStatus.ESCALATED);
        assertThat(escalated.timeline().get(escalated.timeline().size() - 1).actor().kind().name()).isEqualTo("SYSTEM");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE worker_code = 'D001'", Integer.class)).isEqualTo(1);
    }

    @Test
    void aLateResolutionIsMarkedOverdue() {
        String number = WeChatClient.eventNumberIn(wx.text("o-r", "幸福路路灯坏了").content());
        wx.text(TestCounty.WORKER_ONE_OPENID, "签收 " + number);
        GridEvent event = events.findByNumber(number).orElseThrow();
        clock.advance(Duration.between(clock.instant(), event.resolveDeadline()).plusMinutes(1));
        watch.run();
        assertThat(events.findByNumber(number).orElseThrow().overdue()).isTrue();
    }

    @Test
    void aResolvedEventNobodyRatesClosesAfterSevenDays() {
        String number = WeChatClient.eventNumberIn(wx.text("o-r", "阳光小区垃圾没人收").content());
        wx.text(TestCounty.WORKER_ONE_OPENID, "签收 " + number);
        wx.text(TestCounty.WORKER_ONE_OPENID, "办结 " + number + " 已清运");
        clock.advance(Duration.ofDays(6));
        watch.run();
        assertThat(events.findByNumber(number).orElseThrow().status()).isEqualTo(EventStatus.RESOLVED);
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        watch.run();
        assertThat(events.findByNumber(number).orElseThrow().status()).isEqualTo(EventStatus.CLOSED);
    }
}
