package cn.gridbot.register;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import cn.gridbot.common.Texts;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.notify.Notification;
import cn.gridbot.notify.NotificationKind;

/**
 * The re-check reminders of a run for date D (README "Registers"), by the visit rules: CHECK_DUE when a due
 * date is D or D+1 (never checked: due at once, on D), CHECK_OVERDUE when it is before D, once per record per
 * due date and worker (key {@code KIND:R<record>:<due date>:<worker>}). A floating resident's expected leaving
 * day is a due date too. Overdue dates are looked up from the previous run's date on, plus the records changed
 * since it started, so a day without a run is caught up and the cost follows what is due. A SPECIAL record is
 * named with no register or kind, and its notification row carries neither a name nor a unit, so that only an
 * ADMIN lists it among the notifications.
 */
@Component
public class RecheckReminders {

    private static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);
    private static final int FIELD = 20;
    private static final int NAME = 50;

    private final RecheckSheet sheet;
    private final GridCatalog grids;

    RecheckReminders(RecheckSheet sheet, GridCatalog grids) {
        this.sheet = sheet;
        this.grids = grids;
    }

    /**
     * The reminders for D, handed to {@code out} as they are made (a key may come twice: the caller drops repeats);
     * {@code previousDay} and {@code previousStart} describe the previous run (null: none).
     */
    public void forDay(LocalDate day, LocalDate previousDay, Instant previousStart, Instant at, Consumer<Notification> out) {
        LocalDate tomorrow = day.plusDays(1);
        sheet.cycleDueBetween(day, tomorrow,
                due -> out.accept(notice(NotificationKind.CHECK_DUE, due, due.record().nextCheckDue(), day, at)));
        sheet.neverChecked(due -> out.accept(notice(NotificationKind.CHECK_DUE, due, day, day, at)));
        sheet.leavingBetween(day, tomorrow,
                due -> out.accept(notice(NotificationKind.CHECK_DUE, due, due.record().leaveDue(), day, at)));
        LocalDate yesterday = day.minusDays(1);
        LocalDate from = previousDay == null ? BEGINNING : previousDay;
        Consumer<RecheckDue> overdue = due -> {
            LocalDate cycle = due.record().nextCheckDue();
            if (cycle != null && cycle.isBefore(day)) {
                out.accept(notice(NotificationKind.CHECK_OVERDUE, due, cycle, day, at));
            }
            LocalDate leave = due.record().leaveDue();
            if (leave != null && leave.isBefore(day)) {
                out.accept(notice(NotificationKind.CHECK_OVERDUE, due, leave, day, at));
            }
        };
        sheet.cycleDueBetween(from, yesterday, overdue);
        sheet.leavingBetween(from, yesterday, overdue);
        if (previousDay != null) {
            sheet.overdueChangedSince(day, previousStart, overdue);
        }
    }

    private Notification notice(NotificationKind kind, RecheckDue due, LocalDate dueDate, LocalDate day, Instant at) {
        RegisterRecord r = due.record();
        String when = dueDate.getMonthValue() + "月" + dueDate.getDayOfMonth() + "日";
        long late = ChronoUnit.DAYS.between(dueDate, day);
        String status = kind == NotificationKind.CHECK_OVERDUE ? "已逾期 " + late + " 天" : (late == 0 ? "今天应复核" : "明天应复核");
        String cycle = dueDate.equals(r.leaveDue()) ? "预计离开日" : r.lastCheckDate() == null ? "尚未复核过" : "每 " + r.intervalDays() + " 天一次";
        String verb = r.kind() == RegisterKind.PLACE ? "检查" : "复核";
        String text = (kind == NotificationKind.CHECK_OVERDUE ? "【复核逾期】" : "【复核提醒】") + r.describe()
                + "\n应于 " + when + " " + verb + "(" + cycle + ")," + status + "。\n" + verb + "后回复「" + verb + " "
                + r.title() + " 正常/" + (r.kind() == RegisterKind.PLACE ? "" : "变化/") + "隐患 记录」登记。";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("resident", Texts.cut(r.title(), FIELD));
        fields.put("date", Texts.cut(when + " " + status, FIELD));
        fields.put("address", Texts.cut(r.address() == null ? "" : r.address(), FIELD));
        fields.put("action", verb + "并登记");
        boolean hidden = r.kind().adminOnly();
        String name = hidden ? null : Texts.cut(r.title(), NAME);
        String path = hidden ? null : grids.directory().find(r.gridCode()).map(u -> u.path()).orElse(null);
        return new Notification(kind + ":R" + r.id() + ":" + dueDate + ":" + due.workerCode(), kind, due.workerOpenid(),
                due.workerCode(), null, name, null, path, fields, text, at);
    }
}
