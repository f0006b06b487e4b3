package cn.gridbot.conversation;

import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.gridbot.classify.Classification;
import cn.gridbot.classify.Classifier;
import cn.gridbot.common.DomainException;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridMatch;
import cn.gridbot.grid.GridRouter;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.grid.MatchedBy;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.gridevent.SelfReports;
import cn.gridbot.worker.Worker;

/**
 * A worker's own reports (报事, README "The grid worker's own day"): "报事 描述" stores an event in the worker's grid,
 * signed for by them; "报事 描述 已处理 结果" one solved on the spot, closed at once. The category comes from the same
 * classifier as residents' complaints (an unclear text is filed as OTHER rather than asked about: the worker is on
 * the street). Photos sent within two minutes join the report; the first location sent within two minutes places it
 * and moves it to that grid (later ones are the worker walking on).
 */
@Component
class SelfReportCommands {

    private final SelfReports reports;
    private final GridEvents events;
    private final Classifier classifier;
    private final GridRouter router;
    private final GridCatalog grids;
    private final DialogStore store;

    SelfReportCommands(SelfReports reports, GridEvents events, Classifier classifier, GridRouter router,
            GridCatalog grids, DialogStore store) {
        this.reports = reports;
        this.events = events;
        this.classifier = classifier;
        this.router = router;
        this.grids = grids;
        this.store = store;
    }

    Handled report(Worker worker, WorkerCommand.SelfReport command, String openid) {
        if (command.description().isBlank()) {
            return Handled.reply("请写明发现的问题,例如「报事 海慧路3号井盖破损」;现场已处理的写「报事 描述 已处理 处理结果」。"
                    + "发送后两分钟内可补发现场照片和位置。");
        }
        Optional<GridUnit> home = grids.directory().find(worker.unitCode());
        if (home.isEmpty()) {
            return Handled.reply("您的工号没有对应的网格,不能报事。请联系镇(街道)中心。");
        }
        Classification c = classifier.classify(command.description());
        GridEvent event = reports.report(worker, command.description(), c, new GridMatch(home.get(), MatchedBy.REGISTERED),
                command.result());
        store.save(openid, store.load(openid).selfReportedEvent(event.number()));
        String place = home.get().name();
        if (command.result() != null) {
            return Handled.about(event.number(), "已登记即报即办事件 " + event.number() + "(" + event.category().label() + "," + place
                    + "),已办结归档。\n两分钟内可补发现场照片和位置。");
        }
        return Handled.about(event.number(), "已登记事件 " + event.number() + "(" + event.category().label() + "," + place
                + "),已由您签收。\n两分钟内可补发现场照片和位置;处理后回复「办结 " + event.number() + " 处理结果」。");
    }

    /** The report this worker made within the last two minutes and has not placed yet: the first location places it. */
    Optional<GridEvent> awaitingPlace(String openid) {
        return recent(openid).filter(e -> e.location() == null);
    }

    /** The report this worker made within the last two minutes, if any. */
    Optional<GridEvent> recent(String openid) {
        String number = store.load(openid).selfReported();
        if (number == null) {
            return Optional.empty();
        }
        return events.findByNumber(number).filter(reports::stillOpenForFollowUp);
    }

    Handled photo(Worker worker, GridEvent event, InboundMessage message) {
        reports.attachPhoto(worker, event.number(), message.mediaId(), message.picUrl());
        return Handled.about(event.number(), "照片已附到事件 " + event.number() + "。");
    }

    /** Places the report; answers the sentence for the reply. */
    String place(Worker worker, GridEvent event, InboundMessage message) {
        GridMatch match = router.locate(message.label() == null ? "" : message.label(), message.location()).orElse(null);
        try {
            GridEvent placed = reports.place(worker, event.number(), match, message.location(), message.label());
            String unit = grids.directory().find(placed.unitCode()).map(GridUnit::name).orElse(placed.unitCode());
            return "位置已附到事件 " + placed.number() + "(" + unit + ")。";
        } catch (DomainException e) {
            return "位置没有附到事件 " + event.number() + "(只能补充您本人两分钟内上报的事件)。";
        }
    }
}
