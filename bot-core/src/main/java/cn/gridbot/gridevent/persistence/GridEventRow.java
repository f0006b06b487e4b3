package cn.gridbot.gridevent.persistence;

import java.math.BigDecimal;
import java.time.Instant;

import cn.gridbot.classify.Category;
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.QueueReason;
import cn.gridbot.gridevent.Source;
import cn.gridbot.grid.GeoPoint;
import cn.gridbot.grid.MatchedBy;

/** A row of {@code grid_event}. */
record GridEventRow(Long id, String number, String category, BigDecimal confidence, boolean urgent, String status,
        String gridCode, String unitCode, String unitPath, String matchedBy, String assigneeCode,
        String reporterOpenid, String source, String description, String address, BigDecimal longitude,
        BigDecimal latitude, Instant signDeadline, Instant resolveDeadline, Instant acceptedAt, Instant resolvedAt,
        Instant closedAt, String resolution, boolean overdue, boolean flagged, boolean signReminded, Integer rating,
        String queueReason, boolean unreached, Instant createdAt, Instant updatedAt, int version) {

    static GridEventRow of(GridEvent.State s) {
        GeoPoint p = s.location();
        return new GridEventRow(s.id(), s.number(), s.category().name(),
                BigDecimal.valueOf(s.confidence()).setScale(4, java.math.RoundingMode.HALF_UP), s.urgent(),
                s.status().name(), s.gridCode(), s.unitCode(), s.unitPath(), s.matchedBy().name(), s.assigneeCode(),
                s.reporterOpenid(), s.source().name(), s.description(), s.address(),
                p == null ? null : BigDecimal.valueOf(p.longitude()), p == null ? null : BigDecimal.valueOf(p.latitude()),
                s.signDeadline(), s.resolveDeadline(), s.acceptedAt(), s.resolvedAt(), s.closedAt(), s.resolution(),
                s.overdue(), s.flagged(), s.signReminded(), s.rating(),
                s.queueReason() == null ? null : s.queueReason().name(), s.unreached(), s.createdAt(), s.updatedAt(),
                s.version());
    }

    GridEvent.State toState() {
        GeoPoint p = longitude == null || latitude == null ? null
                : new GeoPoint(longitude.doubleValue(), latitude.doubleValue());
        return new GridEvent.State(id, number, Category.valueOf(category),
                confidence == null ? 0 : confidence.doubleValue(), urgent, EventStatus.valueOf(status), gridCode,
                unitCode, unitPath, MatchedBy.valueOf(matchedBy), assigneeCode, reporterOpenid, Source.valueOf(source),
                description, address, p, createdAt, updatedAt, signDeadline, resolveDeadline, acceptedAt, resolvedAt,
                closedAt, resolution, overdue, flagged, signReminded, rating,
                queueReason == null ? null : QueueReason.valueOf(queueReason), unreached, version);
    }
}
