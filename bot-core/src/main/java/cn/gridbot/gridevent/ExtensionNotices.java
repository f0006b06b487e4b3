package cn.gridbot.gridevent;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.gridbot.common.GridbotSettings;
import cn.gridbot.common.Texts;
import cn.gridbot.notify.Notification;
import cn.gridbot.notify.NotificationKind;
import cn.gridbot.notify.Outbox;
import cn.gridbot.worker.Worker;

/** EXTENSION_DECIDED: tells the worker who asked for more time how the request was decided. */
@Component
class ExtensionNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final Outbox outbox;
    private final ZoneId zone;

    ExtensionNotices(Outbox outbox, GridbotSettings settings) {
        this.outbox = outbox;
        this.zone = settings.timeZone();
    }

    void decided(GridEvent event, ExtensionRequest request, Worker worker, Instant at) {
        boolean approved = request.status() == ExtensionRequest.Status.APPROVED;
        String deadline = event.resolveDeadline() == null ? "" : WHEN.format(event.resolveDeadline().atZone(zone));
        String note = request.decisionNote() == null || request.decisionNote().isBlank() ? "" : "\n说明:" + request.decisionNote();
        String text = (approved ? "【延期已批准】" : "【延期未批准】") + event.number() + " " + event.category().label()
                + (approved ? "\n办结时限延至 " + deadline + "。" : "\n办结时限仍为 " + deadline + ",请按时办结。") + note;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", event.number());
        fields.put("category", event.category().label());
        fields.put("result", approved ? "已批准" : "未批准");
        fields.put("deadline", Texts.cut(deadline + " 前办结", 20));
        outbox.enqueueWithCommit(new Notification("EXTENSION_DECIDED:" + request.id(), NotificationKind.EXTENSION_DECIDED,
                worker.openid(), worker.code(), null, null, event.number(), event.unitPath(), fields, text, at));
    }
}
