package cn.gridbot.conversation;

import org.springframework.stereotype.Component;

import cn.gridbot.classify.Category;
import cn.gridbot.classify.Classification;
import cn.gridbot.classify.Classifier;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridMatch;
import cn.gridbot.grid.GridRouter;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.gridevent.Actor;
import cn.gridbot.gridevent.EventIntake;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.NewReport;
import cn.gridbot.gridevent.Source;

/** The resident side of the conversation (SPEC §2). */
@Component
class ResidentDialog implements Dialog {

    private final Classifier classifier;
    private final GridRouter router;
    private final GridCatalog grids;
    private final EventIntake intake;

    ResidentDialog(Classifier classifier, GridRouter router, GridCatalog grids, EventIntake intake) {
        this.classifier = classifier;
        this.router = router;
        this.grids = grids;
        this.intake = intake;
    }

    @Override
    public Handled handle(InboundMessage message) {
        return switch (message.kind()) {
            case EVENT -> onEvent(message);
            case TEXT, VOICE -> onWords(message);
            default -> Handled.reply(Replies.UNSUPPORTED);
        };
    }

    private Handled onEvent(InboundMessage message) {
        if ("subscribe".equalsIgnoreCase(message.event())) {
            return Handled.reply(Replies.WELCOME);
        }
        return new Handled(Reply.none(), null);
    }

    private Handled onWords(InboundMessage message) {
        String words = message.words();
        if (words.isEmpty()) {
            return Handled.reply(Replies.EMPTY);
        }
        if (words.equals("帮助") || words.equalsIgnoreCase("help") || words.equals("?") || words.equals("？")) {
            return Handled.reply(Replies.HELP);
        }
        Classification classification = classifier.classify(words);
        if (!classification.category().actionable()) {
            return Handled.reply(Replies.GREETING);
        }
        GridMatch match = router.route(words, null, message.openid());
        boolean urgent = classification.category() == Category.EMERGENCY;
        GridEvent event = intake.report(new NewReport(words, classification, urgent, match, message.openid(),
                Source.WECHAT, null, null), Actor.RESIDENT);
        return Handled.about(event.number(), created(event, match));
    }

    private String created(GridEvent event, GridMatch match) {
        StringBuilder reply = new StringBuilder();
        if (event.urgent()) {
            reply.append("⚠️ 如有人员受伤或危险正在发生,请立即拨打 120(急救)/ 119(火警)/ 110(报警)!\n");
        }
        reply.append("已收到您反映的问题,事件编号 ").append(event.number()).append("\n")
                .append("类别:").append(event.category().label()).append("\n");
        GridUnit unit = match.unit();
        if (match.foundGrid()) {
            reply.append("网格:").append(unit.name()).append("\n");
            reply.append(event.assigneeCode() != null ? "已派给网格员处理,签收后会通知您。"
                    : "已转网格工作站,派单后会通知您。");
        } else {
            String dispatcher = unit == null ? "县网格化服务管理中心" : grids.directory().dispatcherOf(unit).name();
            reply.append("已转").append(dispatcher).append("分派,派单后会通知您。如方便,请发送位置或回复详细地址。");
        }
        reply.append("\n回复「查询 ").append(event.number()).append("」可随时查看进度。");
        return reply.toString();
    }
}
