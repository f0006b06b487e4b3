package cn.gridbot.conversation;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.gridbot.common.DomainException;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.common.PersonalData;
import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;
import cn.gridbot.gridevent.EventQuery;
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.ExtensionRequest;
import cn.gridbot.gridevent.Extensions;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.gridevent.IllegalTransition;
import cn.gridbot.gridevent.WorkerActions;
import cn.gridbot.worker.Worker;

/**
 * The grid worker's side: tasks, sign-for, resolution (with a photo right after), return, escalation; care commands
 * (走访, 生日) go to {@link CareCommands}, their own reports (报事) to {@link SelfReportCommands}, patrols (巡查) to
 * {@link PatrolCommands} and register checks (复核, 检查) to {@link RegisterCommands}. A worker is not a resident: words
 * that are not one of their commands get
 * the worker help, never a resident complaint and never an emergency, and photos or locations that belong to no
 * command are answered here too. Only what the resident side answers alike for everyone — event pushes, unsupported
 * message types, and the commands about one's own reports (查询 编号, 评价, 撤销, a bare digit) — goes there.
 */
@Component
class WorkerDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final WorkerActions actions;
    private final Extensions extensions;
    private final GridEvents events;
    private final DialogStore store;
    private final CareCommands care;
    private final SelfReportCommands selfReports;
    private final PatrolCommands patrols;
    private final RegisterCommands registers;
    private final GridbotSettings settings;
    private final Clock clock;

    WorkerDialog(WorkerActions actions, Extensions extensions, GridEvents events, DialogStore store, CareCommands care,
            SelfReportCommands selfReports, PatrolCommands patrols, RegisterCommands registers, GridbotSettings settings,
            Clock clock) {
        this.registers = registers;
        this.actions = actions;
        this.extensions = extensions;
        this.events = events;
        this.store = store;
        this.care = care;
        this.selfReports = selfReports;
        this.patrols = patrols;
        this.settings = settings;
        this.clock = clock;
    }

    /** Handles a bound worker's message; empty for what the resident side answers alike for everyone. */
    Optional<Handled> handle(Worker worker, InboundMessage message) {
        return switch (message.kind()) {
            case IMAGE -> Optional.of(photo(worker, message));
            case LOCATION -> Optional.of(location(worker, message));
            case TEXT, VOICE -> words(worker, message);
            case EVENT -> locationReport(worker, message);
            default -> Optional.empty();
        };
    }

    /** A photo completes the worker's own report of the last two minutes, else illustrates their last resolution. */
    private Handled photo(Worker worker, InboundMessage message) {
        Optional<GridEvent> own = selfReports.recent(message.openid());
        return own.isPresent() ? selfReports.photo(worker, own.get(), message) : resolutionPhoto(worker, message);
    }

    /**
     * A location places the worker's own report of the last two minutes (if not placed yet) and is a point of their open patrol; a
     * location that is neither is answered as before, never taken for a complaint.
     */
    private Handled location(Worker worker, InboundMessage message) {
        if (message.location() == null) {
            return Handled.reply(WorkerReplies.LOCATION);
        }
        List<String> said = new ArrayList<>();
        Optional<GridEvent> own = selfReports.awaitingPlace(message.openid());
        own.ifPresent(event -> said.add(selfReports.place(worker, event, message)));
        patrols.point(worker, message).ifPresent(tracked -> said.add(patrols.pointRecorded(tracked)));
        if (said.isEmpty()) {
            return Handled.reply(WorkerReplies.LOCATION);
        }
        return new Handled(Reply.of(String.join("\n", said)), own.map(GridEvent::number).orElse(null));
    }

    /** The account's periodic LOCATION report: a silent point of an open patrol; otherwise the resident side's silence. */
    private Optional<Handled> locationReport(Worker worker, InboundMessage message) {
        if (message.event() == null || !message.event().equalsIgnoreCase("location") || message.location() == null) {
            return Optional.empty();
        }
        return patrols.point(worker, message).map(tracked -> new Handled(Reply.none(), null));
    }

    private Optional<Handled> words(Worker worker, InboundMessage message) {
        Optional<Handled> chosen = registers.choose(worker, message.words(), message.openid());
        if (chosen.isPresent()) {
            return chosen;
        }
        Optional<WorkerCommand> command = WorkerCommand.parse(message.words());
        if (command.isPresent()) {
            return Optional.of(command(worker, command.get(), message));
        }
        Optional<Command> asResident = Command.parse(message.words());
        if (asResident.isPresent() && asResident.get() instanceof Command.Help) {
            return Optional.of(Handled.reply(WorkerReplies.HELP));
        }
        if (asResident.isPresent() && asResident.get() instanceof Command.MyEvents) {
            return Optional.of(tasks(worker));
        }
        if (asResident.isPresent() || message.words().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Handled.reply(WorkerReplies.NOT_A_COMMAND));
    }

    private Handled command(Worker worker, WorkerCommand c, InboundMessage message) {
        if (c instanceof WorkerCommand.Tasks) {
            return tasks(worker);
        }
        if (c instanceof WorkerCommand.Help) {
            return Handled.reply(WorkerReplies.HELP);
        }
        if (c instanceof WorkerCommand.Visit v) {
            return care.visit(worker, v.resident(), v.note(), message.openid());
        }
        if (c instanceof WorkerCommand.Birthdays) {
            return care.birthdays(worker);
        }
        if (c instanceof WorkerCommand.SelfReport report) {
            return selfReports.report(worker, report, message.openid());
        }
        if (c instanceof WorkerCommand.PatrolStart) {
            return patrols.start(worker);
        }
        if (c instanceof WorkerCommand.PatrolEnd end) {
            return patrols.end(worker, end.note());
        }
        if (c instanceof WorkerCommand.Extend e) {
            return extend(worker, e);
        }
        if (c instanceof WorkerCommand.Recheck r) {
            return registers.recheck(worker, r, message.openid());
        }
        return act(worker, (WorkerCommand.Act) c, message.openid());
    }

    private Handled tasks(Worker worker) {
        Page<GridEvent> open = events.search(new EventQuery(EventStatus.IN_HAND, null, null, null, worker.code(), null, null, null),
                new PageRequest(0, 10));
        if (open.items().isEmpty()) {
            return Handled.reply(worker.name() + ",您目前没有待办任务。👍");
        }
        StringBuilder text = new StringBuilder(worker.name()).append(",您有 ").append(open.total()).append(" 件待办:\n");
        for (GridEvent e : open.items()) {
            text.append(e.urgent() ? "【急】" : "· ").append(e.number()).append(" ").append(e.category().label())
                    .append(" ").append(e.status().label());
            if (e.status() == EventStatus.ASSIGNED && e.signDeadline() != null) {
                text.append(" 签收时限 ").append(WHEN.format(e.signDeadline().atZone(settings.timeZone())));
            } else if (e.resolveDeadline() != null) {
                text.append(" 办结时限 ").append(WHEN.format(e.resolveDeadline().atZone(settings.timeZone())));
            }
            text.append("\n  ").append(excerpt(e.description())).append("\n");
        }
        return Handled.reply(text.append("回复「签收 编号」「办结 编号 结果」处理。").toString());
    }

    private Handled act(Worker worker, WorkerCommand.Act act, String openid) {
        Optional<String> number = resolve(worker, act.reference());
        if (number.isEmpty()) {
            return Handled.reply("没有找到编号为 " + act.reference() + " 的待办事件。回复「任务」查看您的待办。");
        }
        String n = number.get();
        try {
            return switch (act.action()) {
                case ACCEPT -> Handled.about(actions.accept(worker, n).number(), "已签收事件 " + n
                        + "。处理完成后回复「办结 " + n + " 处理结果」,可再发一张现场照片。");
                case RESOLVE -> resolved(worker, n, act.note(), openid);
                case RETURN -> act.note().isBlank() ? Handled.reply("请写明退回原因,例如「退回 " + n + " 不属于本网格」。")
                        : Handled.about(actions.giveBack(worker, n, act.note()).number(), "事件 " + n + " 已退回镇(街道)中心重新派单。");
                case ESCALATE -> act.note().isBlank() ? Handled.reply("请写明上报原因,例如「上报 " + n + " 需要住建部门处理」。")
                        : Handled.about(actions.escalate(worker, n, act.note()).number(), "事件 " + n + " 已上报镇(街道)中心协调处理。");
            };
        } catch (IllegalTransition refused) {
            return Handled.reply("事件 " + n + " 当前状态为「" + refused.current().label() + "」,不能" + verb(act.action()) + "。");
        } catch (DomainException e) {
            return Handled.reply("事件 " + n + " 不是派给您的,不能" + verb(act.action()) + "。如有疑问请联系镇(街道)中心。");
        }
    }

    private Handled extend(Worker worker, WorkerCommand.Extend e) {
        Optional<String> number = resolve(worker, e.reference());
        if (number.isEmpty()) {
            return Handled.reply("没有找到编号为 " + e.reference() + " 的待办事件。回复「任务」查看您的待办。");
        }
        String n = number.get();
        if (e.reason().isBlank()) {
            return Handled.reply("请写明延期原因,例如「延期 " + n + " 2 等待配件到货」。");
        }
        try {
            ExtensionRequest request = extensions.request(worker, n, e.workingDays(), e.reason());
            return Handled.about(n, "已提交延期申请:事件 " + n + " 延期 " + request.workingDays()
                    + " 个工作日,等待镇(街道)中心审批,结果会推送给您。审批前请仍按原时限处理。");
        } catch (IllegalTransition refused) {
            return Handled.reply("事件 " + n + " 当前状态为「" + refused.current().label() + "」,不能申请延期。");
        } catch (DomainException refused) {
            return Handled.reply(switch (refused.code()) {
                case "extension-limit" -> "事件 " + n + " 已申请过两次延期,不能再申请。如有困难请联系镇(街道)中心。";
                case "extension-pending" -> "事件 " + n + " 已有一条延期申请在审批中,请等待结果。";
                case "workingDays" -> "延期天数为 1 到 30 个工作日,例如「延期 " + n + " 2 等待配件到货」。";
                default -> "事件 " + n + " 不是派给您的,不能申请延期。如有疑问请联系镇(街道)中心。";
            });
        }
    }

    private Handled resolved(Worker worker, String number, String result, String openid) {
        if (result.isBlank()) {
            return Handled.reply("请写明处理结果,例如「办结 " + number + " 已联系疏通,恢复正常」。");
        }
        GridEvent event = actions.resolve(worker, number, result);
        store.save(openid, store.load(openid).resolvedEvent(number));
        return Handled.about(event.number(), "事件 " + number + " 已办结,已请居民评价。\n如有现场照片,现在直接发送即可附到办结记录。");
    }

    private Handled resolutionPhoto(Worker worker, InboundMessage message) {
        DialogState state = store.load(message.openid());
        if (state.resolved() == null) {
            return Handled.reply(WorkerReplies.PHOTO_WITHOUT_EVENT);
        }
        actions.attachResolutionPhoto(worker, state.resolved(), message.mediaId(), message.picUrl());
        return Handled.about(state.resolved(), "照片已附到事件 " + state.resolved() + " 的办结记录。");
    }

    /** A full number as typed, or the worker's open event whose number ends with the digits given. */
    private Optional<String> resolve(Worker worker, String reference) {
        if (reference.contains("-")) {
            return Optional.of(reference);
        }
        List<GridEvent> mine = events.search(new EventQuery(Set.of(), null, null, null, worker.code(), null,
                clock.instant().minus(java.time.Duration.ofDays(60)), null), new PageRequest(0, 200)).items();
        return mine.stream().map(GridEvent::number).filter(number -> number.endsWith("-" + reference)
                || number.endsWith(reference)).findFirst();
    }

    private static String verb(WorkerCommand.Action action) {
        return switch (action) {
            case ACCEPT -> "签收";
            case RESOLVE -> "办结";
            case RETURN -> "退回";
            case ESCALATE -> "上报";
        };
    }

    private static String excerpt(String text) {
        return PersonalData.excerpt(text, 30);
    }
}
