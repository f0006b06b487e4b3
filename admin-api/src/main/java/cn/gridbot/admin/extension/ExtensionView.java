package cn.gridbot.admin.extension;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import cn.gridbot.admin.security.Disclosure;
import cn.gridbot.gridevent.ExtensionRequest;

/** An extension request as the API shows it; the reason and the decision's note go through the caller's {@link Disclosure}. */
record ExtensionView(long id, String eventNumber, String workerCode, int workingDays, String reason, String status,
        OffsetDateTime requestedAt, OffsetDateTime previousDeadline, OffsetDateTime newDeadline, OffsetDateTime decidedAt,
        String decidedBy, String note) {

    static ExtensionView of(ExtensionRequest r, ZoneId zone, Disclosure disclosure) {
        return new ExtensionView(r.id(), r.eventNumber(), r.workerCode(), r.workingDays(), disclosure.text(r.reason()),
                r.status().name(), show(r.requestedAt(), zone), show(r.previousDeadline(), zone), show(r.newDeadline(), zone),
                show(r.decidedAt(), zone), r.decidedBy(), disclosure.text(r.decisionNote()));
    }

    private static OffsetDateTime show(Instant at, ZoneId zone) {
        return at == null ? null : at.atZone(zone).toOffsetDateTime();
    }
}
