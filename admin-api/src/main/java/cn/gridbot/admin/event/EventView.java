package cn.gridbot.admin.event;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import cn.gridbot.common.PersonalData;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.TimelineEntry;

/** An event as the API shows it (SPEC §8), with its timeline when read alone. */
record EventView(String number, String category, String categoryLabel, String status, String statusLabel,
        boolean urgent, String gridCode, String unitCode, String matchedBy, String assigneeCode, String reporterOpenid,
        String description, String address, Double longitude, Double latitude, OffsetDateTime createdAt,
        OffsetDateTime updatedAt, OffsetDateTime signDeadline, OffsetDateTime resolveDeadline,
        OffsetDateTime acceptedAt, OffsetDateTime resolvedAt, OffsetDateTime closedAt, String resolution,
        boolean overdue, boolean flagged, Integer rating, double confidence, String queueReason, String queueReasonLabel,
        boolean unreached, List<Step> timeline) {

    record Step(OffsetDateTime at, String actor, String from, String to, String note) {

        static Step of(TimelineEntry e, ZoneId zone) {
            return new Step(Times.show(e.at(), zone), e.actor().toString(), e.from() == null ? null : e.from().name(),
                    e.to().name(), e.note());
        }
    }

    static EventView of(GridEvent e, ZoneId zone, boolean withTimeline) {
        return of(e, zone, withTimeline, true);
    }

    /** Non-ADMIN readers see phone and ID numbers in the resident's words masked. */
    static EventView of(GridEvent e, ZoneId zone, boolean withTimeline, boolean admin) {
        return new EventView(e.number(), e.category().name(), e.category().label(), e.status().name(),
                e.status().label(), e.urgent(), e.gridCode(), e.unitCode(), e.matchedBy().name(), e.assigneeCode(),
                e.reporterOpenid(), admin ? e.description() : PersonalData.mask(e.description()),
                admin ? e.address() : PersonalData.mask(e.address()),
                e.location() == null ? null : e.location().longitude(), e.location() == null ? null : e.location().latitude(),
                Times.show(e.createdAt(), zone), Times.show(e.updatedAt(), zone), Times.show(e.signDeadline(), zone),
                Times.show(e.resolveDeadline(), zone), Times.show(e.acceptedAt(), zone), Times.show(e.resolvedAt(), zone),
                Times.show(e.closedAt(), zone), e.resolution(), e.overdue(), e.flagged(), e.rating(), e.confidence(),
                e.queueReason() == null ? null : e.queueReason().name(),
                e.queueReason() == null ? null : e.queueReason().label(), e.unreached(),
                withTimeline ? e.timeline().stream().map(t -> Step.of(t, zone)).toList() : null);
    }
}
