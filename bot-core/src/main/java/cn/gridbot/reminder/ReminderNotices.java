package cn.gridbot.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.gridbot.grid.GridCatalog;
import cn.gridbot.notify.Notification;
import cn.gridbot.notify.NotificationKind;
import cn.gridbot.resident.CareLabels;
import cn.gridbot.resident.Resident;

/**
 * The wording of care reminders: who (name, age, care tags, address — never a phone or ID number),
 * when, and what to do, e.g. "付良容 87岁 空巢老人 12月3日生日 · 海慧路12号".
 */
@Component
class ReminderNotices {

    private static final int FIELD = 20;

    private final GridCatalog grids;

    ReminderNotices(GridCatalog grids) {
        this.grids = grids;
    }

    Notification birthday(NotificationKind kind, CareDue due, LocalDate birthday, Instant at) {
        Resident r = due.resident();
        String when = birthday.getMonthValue() + "月" + birthday.getDayOfMonth() + "日";
        String who = CareLabels.describe(r, birthday);
        String text = (kind == NotificationKind.BIRTHDAY_TODAY ? "【今天生日】" : "【生日提醒】") + insertWhen(who, when + "生日")
                + (kind == NotificationKind.BIRTHDAY_TODAY ? "\n今天是老人的生日,记得上门或打电话送上祝福。" : "\n请提前安排探望,送上生日祝福。");
        Map<String, String> fields = fields(r, when + (kind == NotificationKind.BIRTHDAY_TODAY ? " 今天生日" : " 生日"),
                kind == NotificationKind.BIRTHDAY_TODAY ? "上门送祝福" : "提前安排探望");
        return new Notification(kind + ":" + r.id() + ":" + birthday.getYear() + ":" + due.workerCode(), kind,
                due.workerOpenid(), due.workerCode(), r.id(), r.name(), null, path(r), fields, text, at);
    }

    Notification visit(NotificationKind kind, CareDue due, LocalDate dueDate, LocalDate day, Instant at) {
        Resident r = due.resident();
        String when = dueDate.getMonthValue() + "月" + dueDate.getDayOfMonth() + "日";
        long late = ChronoUnit.DAYS.between(dueDate, day);
        String status = kind == NotificationKind.VISIT_OVERDUE ? "已逾期 " + late + " 天" : (late == 0 ? "今天应走访" : "明天应走访");
        String cycle = r.lastVisitDate() == null ? "尚未走访过" : "每 " + r.visitIntervalDays() + " 天一次";
        String text = (kind == NotificationKind.VISIT_OVERDUE ? "【走访逾期】" : "【走访提醒】") + CareLabels.describe(r, day)
                + "\n应于 " + when + " 走访(" + cycle + ")," + status + "。\n走访后回复「走访 " + r.name() + " 记录」登记。";
        return new Notification(kind + ":" + r.id() + ":" + dueDate + ":" + due.workerCode(), kind, due.workerOpenid(),
                due.workerCode(), r.id(), r.name(), null, path(r), fields(r, when + " " + status, "上门走访并登记"), text, at);
    }

    private Map<String, String> fields(Resident r, String when, String action) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("resident", fit(r.name() + (r.tags().isEmpty() ? "" : " " + r.tags().stream().sorted().findFirst().get().label())));
        fields.put("date", fit(when));
        fields.put("address", fit(r.address() == null ? "" : r.address()));
        fields.put("action", fit(action));
        return fields;
    }

    private String path(Resident r) {
        return grids.directory().find(r.gridCode()).map(u -> u.path()).orElse(null);
    }

    /** "付良容 87岁 空巢老人 · 海慧路12号" with "12月3日生日" before the address. */
    private static String insertWhen(String who, String when) {
        int dot = who.indexOf(" · ");
        return dot < 0 ? who + " " + when : who.substring(0, dot) + " " + when + who.substring(dot);
    }

    private static String fit(String value) {
        return value.length() <= FIELD ? value : value.substring(0, FIELD - 1) + "…";
    }
}
