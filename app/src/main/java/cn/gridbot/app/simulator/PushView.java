package cn.gridbot.app.simulator;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import cn.gridbot.app.simulator.SimulatorInbox.Card;

/**
 * A push as the page draws it: a template message becomes a card with a title and "label: value"
 * lines, as WeChat renders a template; a customer-service message is a plain bubble with its text.
 */
record PushView(long sequence, String kind, String channel, String title, String eventNumber, List<Line> lines, String text,
        String time) {

    record Line(String label, String value) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("TASK_ASSIGNED", "新任务通知"),
            Map.entry("SIGN_OVERDUE", "签收超时提醒"),
            Map.entry("STATUS_CHANGED", "事件状态更新"),
            Map.entry("RATING_REQUEST", "服务评价邀请"),
            Map.entry("BIRTHDAY_UPCOMING", "生日提醒"),
            Map.entry("BIRTHDAY_TODAY", "今日生日提醒"),
            Map.entry("VISIT_DUE", "走访提醒"),
            Map.entry("VISIT_OVERDUE", "走访逾期提醒"),
            Map.entry("CHECK_DUE", "复核提醒"),
            Map.entry("CHECK_OVERDUE", "复核逾期提醒"),
            Map.entry("DAILY_DIGEST", "每日待办"));

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("number", "事件编号"), Map.entry("category", "事件类别"), Map.entry("place", "事发地点"),
            Map.entry("deadline", "处理时限"), Map.entry("status", "当前状态"), Map.entry("note", "说明"),
            Map.entry("resident", "居民"), Map.entry("date", "日期"), Map.entry("address", "地址"),
            Map.entry("action", "事项"), Map.entry("tasks", "待办任务"), Map.entry("birthdays", "今日生日"),
            Map.entry("visits", "待走访"));

    static PushView of(Card card, ZoneId zone) {
        List<Line> lines = card.fields().entrySet().stream()
                .map(f -> new Line(label(card.kind(), f.getKey()), f.getValue())).toList();
        return new PushView(card.sequence(), card.kind(), card.channel().name(), TITLES.getOrDefault(card.kind(), "消息通知"),
                card.eventNumber(), lines, card.text(), TIME.format(card.at().atZone(zone)));
    }

    /** A re-check's "resident" field names a house, a place or a person of a register: 复核对象, not 居民. */
    private static String label(String kind, String field) {
        if (kind.startsWith("CHECK_") && field.equals("resident")) {
            return "复核对象";
        }
        return LABELS.getOrDefault(field, field);
    }
}
