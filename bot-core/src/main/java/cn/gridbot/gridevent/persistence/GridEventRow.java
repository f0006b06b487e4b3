package cn.gridbot.gridevent.persistence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import cn.gridbot.classify.Category;
import cn.gridbot.grid.GeoPoint;
import cn.gridbot.grid.MatchedBy;
import cn.gridbot.gridevent.Deadlines;
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.Marks;
import cn.gridbot.gridevent.Milestones;
import cn.gridbot.gridevent.Outcome;
import cn.gridbot.gridevent.Placement;
import cn.gridbot.gridevent.QueueReason;
import cn.gridbot.gridevent.ReportDetails;
import cn.gridbot.gridevent.Source;

/** A row of {@code grid_event}: the event's value records laid out as columns. */
record GridEventRow(Long id, String number, String category, BigDecimal confidence, boolean urgent, String status,
        String gridCode, String unitCode, String unitPath, String matchedBy, String assigneeCode,
        String reporterOpenid, String source, String description, String address, BigDecimal longitude,
        BigDecimal latitude, Instant signDeadline, Instant resolveDeadline, Instant acceptedAt, Instant resolvedAt,
        Instant closedAt, String resolution, boolean overdue, boolean flagged, boolean signReminded, Integer rating,
        String queueReason, boolean unreached, Instant createdAt, Instant updatedAt, int version, String mergedInto,
        boolean dangerNotRuledOut) {

    static GridEventRow of(GridEvent.State s) {
        ReportDetails r = s.report();
        Placement p = s.placement();
        Milestones m = s.milestones();
        Marks k = s.marks();
        GeoPoint at = r.location();
        return new GridEventRow(s.id(), s.number(), r.category().name(),
                BigDecimal.valueOf(r.confidence()).setScale(4, RoundingMode.HALF_UP), r.urgent(), s.status().name(),
                p.gridCode(), p.unitCode(), p.unitPath(), p.matchedBy().name(), s.assigneeCode(), r.reporterOpenid(),
                r.source().name(), r.description(), r.address(), at == null ? null : BigDecimal.valueOf(at.longitude()),
                at == null ? null : BigDecimal.valueOf(at.latitude()), s.deadlines().signBy(), s.deadlines().resolveBy(),
                m.acceptedAt(), m.resolvedAt(), m.closedAt(), s.outcome().resolution(), k.overdue(), k.flagged(),
                k.signReminded(), s.outcome().rating(), k.queueReason() == null ? null : k.queueReason().name(),
                k.unreached(), s.createdAt(), s.updatedAt(), s.version(), s.mergedInto(), r.dangerNotRuledOut());
    }

    GridEvent.State toState() {
        GeoPoint at = longitude == null || latitude == null ? null : new GeoPoint(longitude.doubleValue(), latitude.doubleValue());
        ReportDetails report = new ReportDetails(Category.valueOf(category), confidence == null ? 0 : confidence.doubleValue(),
                urgent, reporterOpenid, Source.valueOf(source), description, address, at, dangerNotRuledOut);
        return new GridEvent.State(id, number, EventStatus.valueOf(status), assigneeCode, report,
                new Placement(gridCode, unitCode, unitPath, MatchedBy.valueOf(matchedBy)),
                new Deadlines(signDeadline, resolveDeadline), new Milestones(acceptedAt, resolvedAt, closedAt),
                new Outcome(resolution, rating),
                new Marks(overdue, flagged, signReminded, unreached, queueReason == null ? null : QueueReason.valueOf(queueReason)),
                createdAt, updatedAt, version, mergedInto);
    }
}
