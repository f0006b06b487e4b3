package cn.gridbot.gridevent;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.gridbot.common.PersonalData;
import cn.gridbot.notify.Notification;
import cn.gridbot.notify.NotificationKind;
import cn.gridbot.notify.Outbox;

/**
 * Pushes to the resident who reported an event — its progress, and the request to rate it — and alike to every
 * resident whose repeated report was merged into it (README "Departments and supervision").
 */
@Component
class ResidentNotices {

    private final Outbox outbox;
    private final MergedReports merged;

    ResidentNotices(Outbox outbox, MergedReports merged) {
        this.outbox = outbox;
        this.merged = merged;
    }

    /** STATUS_CHANGED: signed for, resolved, closed or reopened by a supervisor. */
    public void statusChanged(GridEvent event, String news, Instant at) {
        for (MergedReports.Merged m : merged.mergedInto(event.number())) {
            statusChanged(event, news, at, m.reporterOpenid(), ":" + m.number(),
                    "您反映的问题(编号 " + m.number() + ",已并入事件 " + event.number() + ")");
        }
        statusChanged(event, news, at, event.reporterOpenid(), "",
                "您反映的事件 " + event.number() + "(" + event.category().label() + ")");
    }

    private void statusChanged(GridEvent event, String news, Instant at, String openid, String keySuffix, String subject) {
        if (openid == null) {
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", event.number());
        fields.put("category", event.category().label());
        fields.put("status", event.status().label());
        fields.put("note", PersonalData.excerpt(news, 20));
        outbox.enqueueWithCommit(new Notification("STATUS_CHANGED:" + event.number() + ":" + event.status() + ":" + at.toEpochMilli()
                + keySuffix, NotificationKind.STATUS_CHANGED, openid, null, null, null, event.number(),
                event.unitPath(), fields, subject + news, at));
    }

    /** RATING_REQUEST after resolution: a bare digit 1–5 answers it. */
    public void ratingRequest(GridEvent event, Instant at) {
        for (MergedReports.Merged m : merged.mergedInto(event.number())) {
            ratingRequest(event, at, m.reporterOpenid(), ":" + m.number());
        }
        ratingRequest(event, at, event.reporterOpenid(), "");
    }

    private void ratingRequest(GridEvent event, Instant at, String openid, String keySuffix) {
        if (openid == null) {
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", event.number());
        fields.put("category", event.category().label());
        fields.put("status", "已办结,请评价");
        fields.put("note", "回复1-5分");
        String text = "事件 " + event.number() + " 已办结"
                + (event.resolution() == null ? "" : ":" + event.resolution())
                + "\n请为处理结果打分:直接回复数字 1-5(5 分最满意)。不满意(1-2 分)的会转督查重新处理。";
        outbox.enqueueWithCommit(new Notification("RATING_REQUEST:" + event.number() + ":" + at.toEpochMilli() + keySuffix,
                NotificationKind.RATING_REQUEST, openid, null, null, null, event.number(),
                event.unitPath(), fields, text, at));
    }
}
