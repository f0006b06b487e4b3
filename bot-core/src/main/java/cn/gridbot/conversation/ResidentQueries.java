package cn.gridbot.conversation;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.gridbot.common.DomainException;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.common.PersonalData;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.gridevent.ResidentActions;
import cn.gridbot.gridevent.TimelineEntry;
import cn.gridbot.worker.Worker;
import cn.gridbot.worker.Workers;

/** A resident's questions about their own events: the latest ones (进度, 我的), and one with its progress (查询). */
@Component
class ResidentQueries {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final int LISTED = 5;

    private final GridEvents events;
    private final ResidentActions actions;
    private final GridCatalog grids;
    private final Workers workers;
    private final GridbotSettings settings;

    ResidentQueries(GridEvents events, ResidentActions actions, GridCatalog grids, Workers workers,
            GridbotSettings settings) {
        this.events = events;
        this.actions = actions;
        this.grids = grids;
        this.workers = workers;
        this.settings = settings;
    }

    Handled myEvents(String openid) {
        List<GridEvent> mine = events.recentByReporter(openid, LISTED);
        if (mine.isEmpty()) {
            return Handled.reply(Replies.NO_EVENTS);
        }
        StringBuilder text = new StringBuilder("您最近反映的事件:\n");
        for (GridEvent e : mine) {
            text.append(e.number()).append(" ").append(e.category().label()).append(" ").append(e.status().label())
                    .append(" ").append(when(e.createdAt())).append("\n");
        }
        return Handled.reply(text.append("回复「查询 编号」查看详情。").toString());
    }

    Handled query(String number, String openid) {
        GridEvent event;
        try {
            event = actions.ownedBy(number, openid);
        } catch (DomainException notYours) {
            return Handled.reply("没有找到您反映的事件 " + number + ",请核对编号。回复「进度」查看您的事件。");
        }
        StringBuilder text = new StringBuilder("事件 ").append(event.number()).append("\n")
                .append("类别:").append(event.category().label()).append("\n")
                .append("状态:").append(event.status().label()).append("\n")
                .append("所在:").append(unitName(event)).append("\n");
        workerName(event).ifPresent(name -> text.append("网格员:").append(name).append("\n"));
        if (event.resolution() != null && !event.status().isOpen()) {
            text.append("处理结果:").append(PersonalData.mask(event.resolution())).append("\n");
        }
        List<TimelineEntry> timeline = event.timeline();
        text.append("办理过程:\n");
        for (TimelineEntry step : timeline.subList(Math.max(0, timeline.size() - 4), timeline.size())) {
            text.append("· ").append(when(step.at())).append(" ").append(step.to().label())
                    .append(step.note() == null || step.note().isBlank() ? "" : " " + excerpt(step.note())).append("\n");
        }
        text.append(nextStep(event));
        return Handled.about(event.number(), text.toString().strip());
    }

    private String nextStep(GridEvent event) {
        return switch (event.status()) {
            case REPORTED, RETURNED, ESCALATED, REOPENED -> "正在安排处理人员,派单后会通知您。";
            case ASSIGNED -> "已派给网格员,等待签收。";
            case ACCEPTED -> "网格员正在处理,办结后会通知您。";
            case RESOLVED -> event.rating() == null ? "已办结,请回复「评价 " + event.number() + " 1-5」为处理结果打分。" : "已办结,感谢您的评价。";
            case CLOSED -> "事件已完结。";
            case CANCELLED -> "事件已撤销。";
            case MERGED -> "已并入事件 " + event.mergedInto() + " 一并处理,处理进展会推送给您。";
        };
    }

    private String unitName(GridEvent event) {
        return grids.directory().find(event.unitCode()).map(u -> u.name()).orElse(event.unitCode());
    }

    private Optional<String> workerName(GridEvent event) {
        if (event.assigneeCode() == null || event.status() == EventStatus.CANCELLED) {
            return Optional.empty();
        }
        return workers.findByCode(event.assigneeCode()).map(Worker::name);
    }

    private String when(Instant instant) {
        return WHEN.format(instant.atZone(settings.timeZone()));
    }

    private static String excerpt(String note) {
        return PersonalData.excerpt(note, 30);
    }
}
