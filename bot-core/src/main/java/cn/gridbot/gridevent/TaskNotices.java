package cn.gridbot.gridevent;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.gridbot.classify.Classification;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.common.PersonalData;
import cn.gridbot.common.Texts;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridDirectory;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.notify.Notification;
import cn.gridbot.notify.NotificationKind;
import cn.gridbot.notify.Outbox;
import cn.gridbot.worker.Worker;
import cn.gridbot.worker.Workers;

/** Writes the pushes that tell workers about events into the outbox. */
@Component
class TaskNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final int FIELD = 20;

    private final Outbox outbox;
    private final GridCatalog grids;
    private final Workers workers;
    private final GridbotSettings settings;

    TaskNotices(Outbox outbox, GridCatalog grids, Workers workers, GridbotSettings settings) {
        this.outbox = outbox;
        this.grids = grids;
        this.workers = workers;
        this.settings = settings;
    }

    /** TASK_ASSIGNED to the worker who now holds the event (README "Conversation": number, category, place, deadline). */
    public void taskAssigned(GridEvent event, Worker worker, Instant at) {
        String deadline = event.signDeadline() == null ? "尽快" : WHEN.format(event.signDeadline().atZone(settings.timeZone()));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", event.number());
        fields.put("category", urgency(event) + event.category().label());
        fields.put("place", fit(place(event)));
        fields.put("deadline", fit(deadline + " 前签收"));
        String heading = event.urgent() ? (suspected(event) ? "【疑似紧急任务】" : "【紧急任务】")
                : dangerNotRuledOut(event) ? "【新任务·危险未排除】" : "【新任务】";
        String text = heading + event.number() + " " + event.category().label()
                + "\n地点:" + place(event)
                + "\n内容:" + content(event)
                + uncertainty(event)
                + (dangerNotRuledOut(event) ? "\n居民所述不能排除危险正在发生,请尽快联系居民或到场核实;确属紧急请立即报告镇(街道)中心。" : "")
                + "\n请在 " + deadline + " 前签收,回复「签收 " + event.number() + "」";
        outbox.enqueueWithCommit(new Notification("TASK_ASSIGNED:" + event.number() + ":" + worker.code() + ":" + at.toEpochMilli(),
                NotificationKind.TASK_ASSIGNED, worker.openid(), worker.code(), null, null, event.number(),
                event.unitPath(), fields, text, at));
    }

    /**
     * To the worker holding the open event a repeat was merged into, when the repeat's danger was not ruled out:
     * another resident reports the same, and what they say may be happening now. No second task; the main event's
     * number is the one to sign for and resolve.
     */
    public void repeatToHolder(GridEvent repeat, Worker worker, Instant at) {
        String main = repeat.mergedInto();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", main);
        fields.put("category", urgency(repeat) + repeat.category().label());
        fields.put("place", fit(place(repeat)));
        fields.put("deadline", fit("请尽快核实"));
        String text = "【危险未排除】" + main + " 又有居民反映(" + repeat.number() + ",已并入该事件)"
                + "\n地点:" + place(repeat)
                + "\n内容:" + content(repeat)
                + "\n居民所述不能排除危险正在发生,请尽快联系居民或到场核实;确属紧急请立即报告镇(街道)中心。";
        outbox.enqueueWithCommit(new Notification("REPEAT:" + repeat.number() + ":" + worker.code() + ":" + at.toEpochMilli(),
                NotificationKind.TASK_ASSIGNED, worker.openid(), worker.code(), null, null, main,
                repeat.unitPath(), fields, text, at));
    }

    /** SIGN_OVERDUE: the assignee has not signed for the event in time. */
    public void signOverdue(GridEvent event, Worker worker, Instant at) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", event.number());
        fields.put("category", urgency(event) + event.category().label());
        fields.put("place", fit(place(event)));
        fields.put("deadline", "已超时,请立即签收");
        String text = "【签收超时】" + event.number() + " " + event.category().label() + "\n地点:" + place(event)
                + "\n签收时限已过,请尽快回复「签收 " + event.number() + "」;仍未签收将上报镇(街道)中心。";
        outbox.enqueueWithCommit(new Notification("SIGN_OVERDUE:" + event.number() + ":" + worker.code() + ":"
                + event.signDeadline().toEpochMilli(), NotificationKind.SIGN_OVERDUE, worker.openid(), worker.code(), null,
                null, event.number(), event.unitPath(), fields, text, at));
    }

    /**
     * To the reachable staff of the event's dispatching centre (township or county): an event waiting in
     * their queue, or an urgent one they must know about at once.
     */
    public void toDispatcher(GridEvent event, Instant at) {
        GridDirectory directory = grids.directory();
        directory.find(event.unitCode()).map(directory::dispatcherOf)
                .ifPresent(centre -> reachableStaff(centre).forEach(staff -> toCentreStaff(event, staff, at)));
    }

    /** The people registered on a unit (a centre's staff) whom a push reaches: on duty and bound to WeChat. */
    public List<Worker> reachableStaff(GridUnit unit) {
        return workers.findByUnit(unit.code()).stream().filter(Worker::reachable).toList();
    }

    /** The worker with this code if a push reaches them (on duty and bound to WeChat). */
    Optional<Worker> reachableWorker(String code) {
        return code == null ? Optional.empty() : workers.findByCode(code).filter(Worker::reachable);
    }

    void toCentreStaff(GridEvent event, Worker staff, Instant at) {
        String heading = event.urgent() ? (suspected(event) ? "【疑似紧急】" : "【紧急事件】")
                : dangerNotRuledOut(event) ? "【危险未排除】" : "【待派单】";
        String text = heading + event.number() + " " + event.category().label() + "\n地点:" + place(event)
                + "\n内容:" + content(event)
                + uncertainty(event)
                + (dangerNotRuledOut(event) ? "\n已按一般事件受理,但居民所述不能排除危险正在发生,请电话核实;确属紧急请立即调度处置。" : "")
                + (event.mergedInto() != null ? "\n已并入事件 " + event.mergedInto() + ",由其承办人处理。"
                        : event.unassigned() ? "\n尚未派给网格员" + why(event) + ",请尽快派单。"
                        : "\n已派网格员 " + event.assigneeCode() + ",请关注处置。");
        String state = event.mergedInto() != null ? "并入 " + event.mergedInto()
                : event.unassigned() ? "待派单" : "已派 " + event.assigneeCode();
        enqueue("DISPATCH", event, staff, state, text, at);
    }

    /** To the county centre's staff: an urgent event that no grid worker and no township staff could be told about. */
    void unreachedAlarm(GridEvent event, Worker staff, Instant at) {
        String text = "【紧急·无人接收】" + event.number() + " " + event.category().label() + "\n地点:" + place(event)
                + "\n内容:" + content(event)
                + "\n网格员和镇(街道)中心都没有可联系的值班人员,请立即处置。";
        enqueue("UNREACHED", event, staff, "无人接收,请立即处置", text, at);
    }

    private void enqueue(String purpose, GridEvent event, Worker staff, String deadline, String text, Instant at) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", event.number());
        fields.put("category", urgency(event) + event.category().label());
        fields.put("place", fit(place(event)));
        fields.put("deadline", fit(deadline));
        outbox.enqueueWithCommit(new Notification(purpose + ":" + event.number() + ":" + staff.code() + ":" + at.toEpochMilli(),
                NotificationKind.TASK_ASSIGNED, staff.openid(), staff.code(), null, null, event.number(),
                event.unitPath(), fields, text, at));
    }

    private static String why(GridEvent event) {
        return event.queueReason() == null ? "" : "(" + event.queueReason().label() + ")";
    }

    /**
     * An urgent event the classifier only suspected to be an emergency (more likely than not none) is pushed as
     * urgent all the same — an emergency never waits — but says so, with the classifier's confidence, so that the
     * centre checks by telephone.
     */
    private static boolean suspected(GridEvent event) {
        return event.urgent() && Classification.suspectedEmergency(event.category(), event.report().confidence());
    }

    /**
     * A resident's complaint filed under an ordinary category although the classifier did not rule out a danger
     * happening now (README "The reply as a safety net"; never an urgent one, {@link NewReport}): its worker and its
     * centre are asked to check.
     */
    private static boolean dangerNotRuledOut(GridEvent event) {
        return event.report().dangerNotRuledOut();
    }

    private static String urgency(GridEvent event) {
        return event.urgent() ? (suspected(event) ? "【疑似紧急】" : "【紧急】") : dangerNotRuledOut(event) ? "【危险未排除】" : "";
    }

    private static String uncertainty(GridEvent event) {
        return suspected(event) ? String.format(Locale.ROOT, "\n分类不确定(紧急置信度 %d%%),已先按紧急处置,请电话核实。",
                Math.round(100 * event.report().confidence())) : "";
    }

    private String place(GridEvent event) {
        if (event.address() != null && !event.address().isBlank()) {
            return PersonalData.mask(event.address());
        }
        return grids.directory().find(event.unitCode()).map(u -> u.name()).orElse(event.unitCode());
    }

    /** What the event says, masked, as much as fits a push's line. */
    private static String content(GridEvent event) {
        return PersonalData.excerpt(event.description(), 60);
    }

    private static String fit(String value) {
        return Texts.cut(value, FIELD);
    }
}
