package cn.gridbot.gridevent.persistence;

import java.time.Instant;

import cn.gridbot.gridevent.ExtensionRequest;

/** A row of {@code extension_request}. */
record ExtensionRow(Long id, String eventNumber, String workerCode, int workingDays, String reason, String status,
        String unitPath, Instant requestedAt, Instant previousDeadline, Instant newDeadline, Instant decidedAt,
        String decidedBy, String decisionNote) {

    static ExtensionRow of(ExtensionRequest r) {
        return new ExtensionRow(r.id(), r.eventNumber(), r.workerCode(), r.workingDays(), r.reason(), r.status().name(),
                r.unitPath(), r.requestedAt(), r.previousDeadline(), r.newDeadline(), r.decidedAt(), r.decidedBy(),
                r.decisionNote());
    }

    ExtensionRequest toRequest() {
        return new ExtensionRequest(id, eventNumber, workerCode, workingDays, reason, ExtensionRequest.Status.valueOf(status),
                unitPath, requestedAt, previousDeadline, newDeadline, decidedAt, decidedBy, decisionNote);
    }
}
