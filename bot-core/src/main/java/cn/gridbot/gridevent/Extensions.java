package cn.gridbot.gridevent;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gridbot.common.DomainException;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.worker.Worker;
import cn.gridbot.worker.Workers;

/**
 * Extensions (延期, README "Departments and supervision"): the worker holding an event asks for a number of working
 * days more; a supervisor approves or refuses. Approval moves the resolve deadline to the close of that many working
 * days after the current one (holiday calendar), so the on-time figures count against the approved deadline. An
 * event has at most {@value #MAX_PER_EVENT} requests pending or approved, one pending at a time; the worker is told
 * the decision either way.
 */
@Component
public class Extensions {

    static final int MAX_PER_EVENT = 2;
    static final int MAX_DAYS = 30;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final GridEvents events;
    private final ExtensionRequests requests;
    private final DeadlinePolicy deadlines;
    private final ExtensionNotices notices;
    private final Workers workers;
    private final Clock clock;
    private final ZoneId zone;

    Extensions(GridEvents events, ExtensionRequests requests, DeadlinePolicy deadlines, ExtensionNotices notices,
            Workers workers, Clock clock, GridbotSettings settings) {
        this.events = events;
        this.requests = requests;
        this.deadlines = deadlines;
        this.notices = notices;
        this.workers = workers;
        this.clock = clock;
        this.zone = settings.timeZone();
    }

    @Transactional(noRollbackFor = DomainException.class)
    public ExtensionRequest request(Worker worker, String number, int workingDays, String reason) {
        if (workingDays < 1 || workingDays > MAX_DAYS) {
            throw DomainException.invalid("workingDays", "An extension is 1 to " + MAX_DAYS + " working days");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "An extension needs a reason");
        }
        GridEvent event = events.findByNumber(number)
                .orElseThrow(() -> DomainException.notFound("unknown-event", "No event has the number " + number));
        Instant at = clock.instant();
        event.requestExtension(Actor.worker(worker.code()), workingDays, reason, at);
        int standing = requests.countStanding(number);
        if (standing >= MAX_PER_EVENT) {
            throw DomainException.conflict("extension-limit", "Event " + number + " already has " + MAX_PER_EVENT
                    + " extensions pending or approved");
        }
        if (requests.hasPending(number)) {
            throw DomainException.conflict("extension-pending", "Event " + number + " already has an extension waiting for a decision");
        }
        GridEvent saved = events.update(event);
        return requests.add(new ExtensionRequest(null, number, worker.code(), workingDays, reason.strip(),
                ExtensionRequest.Status.PENDING, saved.unitPath(), at, saved.resolveDeadline(), null, null, null, null));
    }

    /** Approves or refuses a pending request; answers it as decided. Called from the admin API, never inside a message. */
    @Transactional
    public ExtensionRequest decide(ExtensionRequest request, boolean approve, Actor actor, String note) {
        if (request.status() != ExtensionRequest.Status.PENDING) {
            throw DomainException.conflict("extension-decided", "Extension request " + request.id() + " is already "
                    + request.status());
        }
        GridEvent event = events.findByNumber(request.eventNumber()).orElseThrow(() -> DomainException.notFound(
                "unknown-event", "No event has the number " + request.eventNumber()));
        Instant at = clock.instant();
        String remark = note == null || note.isBlank() ? "" : ":" + note.strip();
        Instant newDeadline = null;
        if (approve) {
            Instant from = event.resolveDeadline() == null ? at : event.resolveDeadline();
            newDeadline = deadlines.afterWorkingDays(from, request.workingDays());
            event.decideExtension(newDeadline, actor, at, "批准延期 " + request.workingDays() + " 个工作日,办结时限延至 "
                    + WHEN.format(newDeadline.atZone(zone)) + remark);
        } else {
            event.decideExtension(null, actor, at, "延期申请未批准" + remark);
        }
        ExtensionRequest decided = request.decided(approve ? ExtensionRequest.Status.APPROVED : ExtensionRequest.Status.REFUSED,
                newDeadline, at, actor.toString(), note == null ? null : note.strip());
        if (!requests.decide(decided)) {
            throw DomainException.conflict("extension-decided", "Extension request " + request.id() + " was decided meanwhile");
        }
        GridEvent saved = events.update(event);
        workers.findByCode(request.workerCode()).filter(Worker::isBound)
                .ifPresent(worker -> notices.decided(saved, decided, worker, at));
        return decided;
    }
}
