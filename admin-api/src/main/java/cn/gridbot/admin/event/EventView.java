package cn.gridbot.admin.event;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import cn.gridbot.admin.security.Disclosure;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.TimelineEntry;

/**
 * An event as the API shows it, with its timeline when read alone. Every field that can carry
 * resident text, and the reporter's openid, goes through the caller's {@link Disclosure}. {@code dangerNotRuledOut}:
 * a resident's complaint that is not urgent although the classifier did not rule out a danger happening now (README
 * "The reply as a safety net"); its worker and centre were asked to check by telephone.
 */
record EventView(String number, String category, String categoryLabel, String status, String statusLabel,
        boolean urgent, boolean dangerNotRuledOut, String gridCode, String unitCode, String matchedBy,
        String assigneeCode, String reporterOpenid, String description, String address, Double longitude,
        Double latitude, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime signDeadline,
        OffsetDateTime resolveDeadline, OffsetDateTime acceptedAt, OffsetDateTime resolvedAt, OffsetDateTime closedAt,
        String resolution,
        boolean overdue, boolean flagged, Integer rating, double confidence, String queueReason, String queueReasonLabel,
        boolean unreached, String source, String mergedInto, List<Step> timeline) {

    record Step(OffsetDateTime at, String actor, String from, String to, String note) {

        static Step of(TimelineEntry e, ZoneId zone, Disclosure disclosure) {
            return new Step(Times.show(e.at(), zone), e.actor().toString(), e.from() == null ? null : e.from().name(),
                    e.to().name(), disclosure.text(e.note()));
        }
    }

    static EventView of(GridEvent e, ZoneId zone, boolean withTimeline, Disclosure disclosure) {
        return new EventView(e.number(), e.category().name(), e.category().label(), e.status().name(),
                e.status().label(), e.urgent(), e.report().dangerNotRuledOut(), e.gridCode(), e.unitCode(),
                e.placement().matchedBy().name(), e.assigneeCode(),
                disclosure.openid(e.reporterOpenid()), disclosure.text(e.description()), disclosure.text(e.address()),
                e.location() == null ? null : e.location().longitude(), e.location() == null ? null : e.location().latitude(),
                Times.show(e.createdAt(), zone), Times.show(e.updatedAt(), zone), Times.show(e.signDeadline(), zone),
                Times.show(e.resolveDeadline(), zone), Times.show(e.milestones().acceptedAt(), zone), Times.show(e.milestones().resolvedAt(), zone),
                Times.show(e.milestones().closedAt(), zone), disclosure.text(e.resolution()), e.overdue(), e.flagged(), e.rating(),
                e.report().confidence(), e.queueReason() == null ? null : e.queueReason().name(),
                e.queueReason() == null ? null : e.queueReason().label(), e.unreached(), e.report().source().name(), e.mergedInto(),
                withTimeline ? e.timeline().stream().map(t -> Step.of(t, zone, disclosure)).toList() : null);
    }
}
