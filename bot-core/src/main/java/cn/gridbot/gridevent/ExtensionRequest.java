package cn.gridbot.gridevent;

import java.time.Instant;

/**
 * An assignee's request for more time (延期) on an event: {@code workingDays} more to resolve it, and how a
 * supervisor decided it. {@code unitPath} is the event's place when asked, which decides who may decide.
 */
public record ExtensionRequest(Long id, String eventNumber, String workerCode, int workingDays, String reason,
        Status status, String unitPath, Instant requestedAt, Instant previousDeadline, Instant newDeadline,
        Instant decidedAt, String decidedBy, String decisionNote) {

    public enum Status { PENDING, APPROVED, REFUSED }

    /** The same request, decided. */
    ExtensionRequest decided(Status outcome, Instant deadline, Instant at, String by, String note) {
        return new ExtensionRequest(id, eventNumber, workerCode, workingDays, reason, outcome, unitPath, requestedAt,
                previousDeadline, deadline, at, by, note);
    }
}
