package cn.gridbot.app.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gridbot.notify.Delivery;
import cn.gridbot.notify.NotificationKind;
import cn.gridbot.notify.Push;
import cn.gridbot.wechat.WeChatProperties;

/** The inbox picks WeChat's channel as the real notifier does, and the page draws each accordingly. */
class SimulatorInboxTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
    private final SimulatorInbox inbox = new SimulatorInbox(Clock.fixed(NOW, ZoneOffset.UTC), new WeChatProperties("wx1",
            "", "t", "", "http://127.0.0.1:9", Duration.ofMinutes(5), Map.of("TASK_ASSIGNED", "tpl-task"), null,
            Duration.ofSeconds(5), WeChatProperties.LocationDatum.WGS84, Map.of(), false));

    @Test
    void templatedKindBecomesACardWithTitleAndLabelledLines() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", "20261127-0001");
        fields.put("category", "市政设施");
        assertThat(inbox.deliver(push(NotificationKind.TASK_ASSIGNED, fields, null))).isInstanceOf(Delivery.Sent.class);

        PushView view = PushView.of(inbox.cardsFor("o-worker", 0).get(0), ZoneId.of("Asia/Shanghai"));
        assertThat(view.channel()).isEqualTo("TEMPLATE");
        assertThat(view.title()).isEqualTo("新任务通知");
        assertThat(view.lines()).extracting(PushView.Line::label).containsExactly("事件编号", "事件类别");
        assertThat(view.time()).isEqualTo("11月27日 16:00");
    }

    @Test
    void aRecheckReminderIsACardAsAVisitReminderIs() {
        SimulatorInbox templated = new SimulatorInbox(Clock.fixed(NOW, ZoneOffset.UTC), new WeChatProperties("wx1", "", "t", "",
                "http://127.0.0.1:9", Duration.ofMinutes(5), Map.of("CHECK_OVERDUE", "demo-check-overdue"), null,
                Duration.ofSeconds(5), WeChatProperties.LocationDatum.WGS84, Map.of(), false));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("resident", "幸福路12号");
        fields.put("date", "11月20日 已逾期 7 天");
        fields.put("address", "幸福路12号");
        fields.put("action", "复核并登记");
        templated.deliver(push(NotificationKind.CHECK_OVERDUE, fields, null));

        PushView view = PushView.of(templated.cardsFor("o-worker", 0).get(0), ZoneId.of("Asia/Shanghai"));
        assertThat(view.channel()).isEqualTo("TEMPLATE");
        assertThat(view.title()).isEqualTo("复核逾期提醒");
        assertThat(view.lines()).extracting(PushView.Line::label).containsExactly("复核对象", "日期", "地址", "事项");
    }

    @Test
    void kindWithoutTemplateGoesAsCustomerServiceOnlyInsideTheWindow() {
        Push recent = push(NotificationKind.STATUS_CHANGED, Map.of(), NOW.minus(Duration.ofHours(1)));
        Push stale = push(NotificationKind.STATUS_CHANGED, Map.of(), NOW.minus(Duration.ofHours(49)));
        assertThat(inbox.deliver(recent)).isInstanceOf(Delivery.Sent.class);
        assertThat(inbox.deliver(stale)).isInstanceOf(Delivery.GiveUp.class);
        assertThat(inbox.cardsFor("o-worker", 0)).singleElement()
                .satisfies(card -> assertThat(card.channel()).isEqualTo(SimulatorInbox.Channel.CUSTOMER_SERVICE));
    }

    @Test
    void readsOnlyPushesAfterTheSequenceItWasGiven() {
        inbox.deliver(push(NotificationKind.TASK_ASSIGNED, Map.of(), null));
        inbox.deliver(push(NotificationKind.TASK_ASSIGNED, Map.of(), null));
        long first = inbox.cardsFor("o-worker", 0).get(0).sequence();
        assertThat(inbox.cardsFor("o-worker", first)).hasSize(1);
        assertThat(inbox.cardsFor("o-somebody-else", 0)).isEmpty();
    }

    private static Push push(NotificationKind kind, Map<String, String> fields, Instant lastHeard) {
        return new Push(1, kind, "o-worker", "20261127-0001", fields, "text", 0, NOW, lastHeard);
    }
}
