package cn.gridbot.gridevent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.gridbot.classify.Category;
import cn.gridbot.common.DomainException;
import cn.gridbot.common.Texts;
import cn.gridbot.grid.GeoPoint;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.grid.MatchedBy;

/**
 * A grid event (网格事件): the aggregate that owns its lifecycle (README "Event lifecycle"). Every change
 * goes through a guarded method that records a timeline entry; a change the state does not allow throws
 * {@link IllegalTransition}, one by a worker who does not hold the event is refused. Its state is a few
 * value records — what was reported, where it sits, its deadlines, milestones, outcome and marks — so a
 * new concern adds a record, not a field in seven places.
 */
public final class GridEvent {

    /** The longest address and resolution kept on the event; a longer one is cut there and kept whole in the timeline. */
    static final int ADDRESS_MAX = 200;
    static final int RESOLUTION_MAX = 1000;

    /** Everything stored about an event, for rebuilding it from persistence. */
    public record State(Long id, String number, EventStatus status, String assigneeCode, ReportDetails report,
            Placement placement, Deadlines deadlines, Milestones milestones, Outcome outcome, Marks marks,
            Instant createdAt, Instant updatedAt, int version, String mergedInto) {

        /** A state that is merged into no other event. */
        public State(Long id, String number, EventStatus status, String assigneeCode, ReportDetails report,
                Placement placement, Deadlines deadlines, Milestones milestones, Outcome outcome, Marks marks,
                Instant createdAt, Instant updatedAt, int version) {
            this(id, number, status, assigneeCode, report, placement, deadlines, milestones, outcome, marks, createdAt,
                    updatedAt, version, null);
        }

        /** The same state as stored under this id, at this version. */
        public State stored(long newId, int newVersion) {
            return new State(newId, number, status, assigneeCode, report, placement, deadlines, milestones, outcome, marks,
                    createdAt, updatedAt, newVersion, mergedInto);
        }
    }

    private final Long id;
    private final String number;
    private final Instant createdAt;
    private final int version;
    private final State loaded;
    private EventStatus status;
    private String assigneeCode;
    private ReportDetails report;
    private Placement placement;
    private Deadlines deadlines;
    private Milestones milestones;
    private Outcome outcome;
    private Marks marks;
    private Instant updatedAt;
    private String mergedInto;
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private final List<TimelineEntry> unsaved = new ArrayList<>();

    private GridEvent(State s, List<TimelineEntry> history) {
        loaded = s.id() == null ? null : s;
        id = s.id();
        number = s.number();
        createdAt = s.createdAt();
        version = s.version();
        status = s.status();
        assigneeCode = s.assigneeCode();
        report = s.report();
        placement = s.placement();
        deadlines = s.deadlines();
        milestones = s.milestones();
        outcome = s.outcome();
        marks = s.marks();
        updatedAt = s.updatedAt();
        mergedInto = s.mergedInto();
        timeline.addAll(history);
    }

    public static GridEvent restore(State state, List<TimelineEntry> history) {
        return new GridEvent(state, history);
    }

    /** A new event in state REPORTED, placed in the unit the router found (a grid or a dispatcher's unit). */
    public static GridEvent report(String number, NewReport report, GridUnit unit, Actor actor, Instant at) {
        if (unit == null) {
            throw new IllegalStateException("No grid unit is registered: import the grids before taking reports");
        }
        ReportDetails details = new ReportDetails(report.classification().category(), report.classification().confidence(),
                report.urgent(), report.reporterOpenid(), report.source(), report.description(),
                Texts.cut(report.address(), ADDRESS_MAX), report.location(), report.dangerNotRuledOut());
        GridEvent event = new GridEvent(new State(null, number, EventStatus.REPORTED, null, details,
                Placement.in(unit, report.match().matchedBy()), Deadlines.NONE, Milestones.NONE, Outcome.NONE, Marks.NONE,
                at, at, 0), List.of());
        event.record(actor, at, null, EventStatus.REPORTED, wholeAddress(report.address()));
        return event;
    }

    /** Gives the event to a worker of its unit: first dispatch, re-dispatch after return, escalation or reopening. */
    public void assignTo(String workerCode, Deadlines due, Actor actor, Instant at, String note) {
        require("assigned", EventStatus.IN_QUEUE, EventStatus.ASSIGNED);
        assigneeCode = workerCode;
        marks = marks.assigned();
        deadlines = due;
        milestones = milestones.assigned();
        move(actor, at, EventStatus.ASSIGNED, note == null ? "派发给 " + workerCode : note);
    }

    /** A supervisor gives the event to a worker of another unit: it moves there, and the timeline says so. */
    public void assignTo(String workerCode, GridUnit workersUnit, Deadlines due, Actor actor, Instant at, String note) {
        boolean moves = !workersUnit.code().equals(placement.unitCode());
        require("assigned", EventStatus.IN_QUEUE, EventStatus.ASSIGNED);
        if (moves) {
            placement = Placement.in(workersUnit, placement.matchedBy());
        }
        String moved = moves ? "(改派至" + workersUnit.name() + ")" : "";
        assignTo(workerCode, due, actor, at, (note == null ? "派发给 " + workerCode : note) + moved);
    }

    /** A resident's complaint repeating the open event {@code mainNumber}: kept, but merged into it (重复件). */
    public void mergeInto(String mainNumber, Actor actor, Instant at) {
        require("merged", EventStatus.REPORTED);
        mergedInto = mainNumber;
        move(actor, at, EventStatus.MERGED, "重复件,并入事件 " + mainNumber);
    }

    /** A supervisor separates a merged report: an event of its own, waiting to be dispatched like a new one. */
    public void unmerge(Actor actor, Instant at, String note) {
        require("unmerged", EventStatus.MERGED);
        String main = mergedInto;
        mergedInto = null;
        move(actor, at, EventStatus.REPORTED, "取消合并(原并入事件 " + main + ")" + (note == null || note.isBlank() ? "" : ":" + note));
    }

    /**
     * A supervisor transfers the event (转派) to a functional department's staff member: it stays where the problem
     * is (its grid and unit), and the department's staff member holds it with fresh deadlines.
     */
    public void transferTo(GridUnit department, String staffCode, Deadlines due, Actor actor, Instant at, String note) {
        if (!department.isDepartment()) {
            throw DomainException.invalid("departmentCode", department.code() + " is not a DEPARTMENT");
        }
        require("transferred", EventStatus.IN_QUEUE, EventStatus.ASSIGNED, EventStatus.ACCEPTED);
        assigneeCode = staffCode;
        marks = marks.assigned();
        deadlines = due;
        milestones = milestones.assigned();
        move(actor, at, EventStatus.ASSIGNED, "转派" + department.name() + "(" + staffCode + ")"
                + (note == null || note.isBlank() ? "" : ":" + note));
    }

    /** The assignee asks for more time (延期); the request waits for a supervisor, the deadline is unchanged yet. */
    public void requestExtension(Actor worker, int workingDays, String reason, Instant at) {
        require("given more time", EventStatus.IN_HAND);
        requireAssignee(worker, "given more time");
        record(worker, at, status, status, "申请延期 " + workingDays + " 个工作日:" + reason);
    }

    /**
     * A supervisor decides an extension request, {@code note} saying what was decided: approval moves the resolve
     * deadline to {@code newDeadline} (an event past its old deadline is no longer overdue while the new one lies
     * ahead); refusal leaves the deadline as it was.
     */
    public void decideExtension(Instant newDeadline, Actor actor, Instant at, String note) {
        if (newDeadline != null) {
            require("given more time", EventStatus.IN_HAND);
            deadlines = new Deadlines(deadlines.signBy(), newDeadline);
            if (newDeadline.isAfter(at)) {
                marks = marks.inTime();
            }
        }
        record(actor, at, status, status, note);
    }

    /**
     * The reporter tells where it is after the event was created (an emergency does not wait for a
     * location): while nobody holds the event yet, it moves to the unit the place resolves to.
     */
    public void locate(GridUnit unit, MatchedBy by, GeoPoint point, String place, Actor actor, Instant at) {
        require("located", EventStatus.REPORTED, EventStatus.RETURNED, EventStatus.ESCALATED);
        report = report.placedAt(place == null || place.isBlank() ? null : Texts.cut(place, ADDRESS_MAX), point);
        if (unit != null) {
            placement = Placement.in(unit, by);
        }
        String whole = wholeAddress(place);
        record(actor, at, status, status, "补充位置" + (unit == null ? "" : ":" + unit.name()) + (whole == null ? "" : ";" + whole));
    }

    /**
     * A worker's own report (source WORKER), placed by the location they send right after it: it moves to the
     * grid of that place and stays theirs, whatever its state.
     */
    public void placeOwnReport(GridUnit unit, GeoPoint point, String place, Actor worker, Instant at) {
        if (report.source() != Source.WORKER) {
            throw DomainException.conflict("not-a-worker-report", "Event " + number + " was not reported by a worker");
        }
        requireAssignee(worker, "placed");
        report = report.placedAt(place == null || place.isBlank() ? null : Texts.cut(place, ADDRESS_MAX), point);
        if (unit != null) {
            placement = Placement.in(unit, MatchedBy.LOCATION);
        }
        record(worker, at, status, status, "补充位置" + (unit == null ? "" : ":" + unit.name()));
    }

    /** The event stays in its dispatcher's queue, for this reason; supervisors see why. */
    public void queue(QueueReason reason, Actor actor, Instant at) {
        require("queued", EventStatus.IN_QUEUE);
        marks = marks.queued(reason);
        record(actor, at, status, status, "转派单队列:" + reason.label());
    }

    /**
     * An urgent event that nobody could be told about — no reachable worker and no reachable centre staff:
     * the most urgent thing there is for a supervisor, until someone is assigned.
     */
    public void markUnreached(Actor actor, Instant at) {
        if (!report.urgent()) {
            throw new IllegalStateException("Only an urgent event is flagged as having reached nobody");
        }
        marks = marks.reachedNobody();
        record(actor, at, status, status, "紧急事件未能通知到任何值班人员");
    }

    /** Whether the event still waits in a dispatcher's queue for someone to take it. */
    public boolean unassigned() {
        return assigneeCode == null && EventStatus.IN_QUEUE.contains(status);
    }

    public void accept(Actor worker, Instant at) {
        require("signed for", EventStatus.ASSIGNED);
        requireAssignee(worker, "signed for");
        milestones = milestones.accepted(at);
        move(worker, at, EventStatus.ACCEPTED, null);
    }

    public void resolve(Actor worker, String result, Instant at) {
        require("resolved", EventStatus.ACCEPTED);
        requireAssignee(worker, "resolved");
        outcome = new Outcome(Texts.cut(result, RESOLUTION_MAX), outcome.rating());
        milestones = milestones.resolved(at);
        if (deadlines.resolveBy() != null && at.isAfter(deadlines.resolveBy())) {
            marks = marks.late();
        }
        move(worker, at, EventStatus.RESOLVED, result);
    }

    /** A photo of the result, from the worker who holds the event; answers it for the store. */
    public Attachment resolutionPhoto(Actor worker, String mediaId, String url, Instant at) {
        require("given a resolution photo", EventStatus.ACCEPTED, EventStatus.RESOLVED, EventStatus.CLOSED);
        requireAssignee(worker, "given a resolution photo");
        return new Attachment(Attachment.Kind.RESOLUTION_PHOTO, mediaId, url, at);
    }

    /** The worker gives the event back to the dispatcher (not theirs, or wrongly placed). */
    public void returnToDispatcher(Actor worker, String reason, Instant at) {
        require("returned", EventStatus.IN_HAND);
        requireAssignee(worker, "returned");
        assigneeCode = null;
        move(worker, at, EventStatus.RETURNED, reason);
    }

    /** Beyond the grid: up to the township centre or a department. */
    public void escalate(Actor actor, String reason, Instant at) {
        require("escalated", EventStatus.IN_HAND);
        requireAssignee(actor, "escalated");
        move(actor, at, EventStatus.ESCALATED, reason);
    }

    public void cancel(Actor actor, String note, Instant at) {
        require("withdrawn", EventStatus.REPORTED, EventStatus.ASSIGNED);
        move(actor, at, EventStatus.CANCELLED, note);
    }

    public void close(Actor actor, String note, Instant at) {
        require("closed", EventStatus.RESOLVED);
        milestones = milestones.closed(at);
        move(actor, at, EventStatus.CLOSED, note);
    }

    /** Back to work after a poor rating or a supervisor's decision; flagged for supervisor review. */
    public void reopen(Actor actor, String reason, Instant at) {
        require("reopened", EventStatus.DONE);
        marks = marks.forReview();
        milestones = milestones.reopened();
        move(actor, at, EventStatus.REOPENED, reason);
    }

    /**
     * The resident's rating, 1–5: 3 or more closes the event (or is noted on a closed one), 1 or 2 reopens it for review.
     * A merged report's reporter rates the main event's handling on their own report (the caller checks it is done).
     */
    public void rate(int score, Instant at) {
        if (score < 1 || score > 5) {
            throw DomainException.invalid("rating", "A rating is a whole number from 1 to 5");
        }
        if (outcome.rating() != null) {
            throw DomainException.conflict("already-rated", "Event " + number + " is already rated");
        }
        require("rated", EventStatus.DONE, EventStatus.MERGED);
        outcome = new Outcome(outcome.resolution(), score);
        String note = "居民评价 " + score + " 分";
        if (status == EventStatus.MERGED) {
            // The merged reporter's rating of the main event's handling; the main event reopens, if at all, on its own.
            record(Actor.RESIDENT, at, status, status, note + "(并入事件 " + mergedInto + ")");
        } else if (score <= 2) {
            reopen(Actor.RESIDENT, note + ",转督查复核", at);
        } else if (status == EventStatus.RESOLVED) {
            close(Actor.RESIDENT, note, at);
        } else {
            record(Actor.RESIDENT, at, status, status, note);
        }
    }

    /** A follow-up call's answer (电话回访) on a handled event: recorded; an unsatisfied one reopens it for review. */
    public void followUp(FollowUp.Result result, String note, Actor actor, Instant at) {
        require("followed up", EventStatus.DONE);
        String said = "电话回访:" + result.label() + (note == null || note.isBlank() ? "" : "," + note);
        if (result == FollowUp.Result.UNSATISFIED) {
            reopen(actor, said + ",转督查复核", at);
        } else {
            record(actor, at, status, status, said);
        }
    }

    /** The assignee was reminded that the sign-for deadline passed; the next step is escalation. */
    public void markSignReminded(Instant at) {
        require("reminded of its sign-for", EventStatus.ASSIGNED);
        marks = marks.reminded();
        updatedAt = at;
    }

    /** Open past its resolve deadline: listed for supervisors. */
    public void markOverdue(Instant at) {
        require("marked overdue", EventStatus.OPEN);
        if (!marks.overdue()) {
            marks = marks.late();
            updatedAt = at;
        }
    }

    /** The timeline's note for an address too long for the event's own field: the whole of it. */
    private static String wholeAddress(String address) {
        return Texts.longerThan(address, ADDRESS_MAX) ? "地址全文:" + address : null;
    }

    private void require(String action, Set<EventStatus> allowed, EventStatus... more) {
        Set<EventStatus> states = EnumSet.copyOf(allowed);
        states.addAll(List.of(more));
        if (!states.contains(status)) {
            throw new IllegalTransition(number, status, action);
        }
    }

    private void require(String action, EventStatus first, EventStatus... more) {
        require(action, EnumSet.of(first, more));
    }

    /** A worker acts only on an event they hold; supervisors and the system act on any. */
    private void requireAssignee(Actor actor, String action) {
        if (actor.kind() == Actor.Kind.WORKER && !actor.id().equals(assigneeCode)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "not-assignee", "Event " + number
                    + " is not assigned to worker " + actor.id() + "; it cannot be " + action + " by them");
        }
    }

    private void move(Actor actor, Instant at, EventStatus to, String note) {
        EventStatus from = status;
        status = to;
        record(actor, at, from, to, note);
    }

    private void record(Actor actor, Instant at, EventStatus from, EventStatus to, String note) {
        updatedAt = at;
        TimelineEntry entry = new TimelineEntry(at, actor, from, to, note);
        timeline.add(entry);
        unsaved.add(entry);
    }

    /** Timeline entries added since the event was loaded or last saved; the store takes them. */
    public List<TimelineEntry> takeUnsavedTimeline() {
        List<TimelineEntry> entries = List.copyOf(unsaved);
        unsaved.clear();
        return entries;
    }

    /** The state as it was read from the store (null for a new event): what its changes are measured against. */
    public State loadedState() {
        return loaded;
    }

    public State state() {
        return new State(id, number, status, assigneeCode, report, placement, deadlines, milestones, outcome, marks,
                createdAt, updatedAt, version, mergedInto);
    }

    public Long id() { return id; }
    public String number() { return number; }
    public EventStatus status() { return status; }
    public String assigneeCode() { return assigneeCode; }
    public ReportDetails report() { return report; }
    public Placement placement() { return placement; }
    public Deadlines deadlines() { return deadlines; }
    public Milestones milestones() { return milestones; }
    public Outcome outcome() { return outcome; }
    public Marks marks() { return marks; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public int version() { return version; }
    public List<TimelineEntry> timeline() { return List.copyOf(timeline); }

    // Shorthands for what every reader of an event asks about.
    public Category category() { return report.category(); }
    public boolean urgent() { return report.urgent(); }
    public String reporterOpenid() { return report.reporterOpenid(); }
    public String description() { return report.description(); }
    public String address() { return report.address(); }
    public GeoPoint location() { return report.location(); }
    public String gridCode() { return placement.gridCode(); }
    public String unitCode() { return placement.unitCode(); }
    public String unitPath() { return placement.unitPath(); }
    public Instant signDeadline() { return deadlines.signBy(); }
    public Instant resolveDeadline() { return deadlines.resolveBy(); }
    public String resolution() { return outcome.resolution(); }
    public Integer rating() { return outcome.rating(); }
    public boolean overdue() { return marks.overdue(); }
    public boolean flagged() { return marks.flagged(); }
    public boolean unreached() { return marks.unreached(); }
    public QueueReason queueReason() { return marks.queueReason(); }
    /** The number of the event a duplicate report is merged into; null for every other event. */
    public String mergedInto() { return mergedInto; }
}
