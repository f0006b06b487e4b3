package cn.gridbot.gridevent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
 * A grid event (网格事件): the aggregate that owns its lifecycle (SPEC §5). Every change goes through a
 * guarded method that records a timeline entry; a change the state does not allow throws
 * {@link IllegalTransition}.
 */
public final class GridEvent {

    /** The longest address and resolution kept on the event; a longer one is cut there and kept whole in the timeline. */
    static final int ADDRESS_MAX = 200;
    static final int RESOLUTION_MAX = 1000;

    private Long id;
    private final String number;
    private final Category category;
    private final double confidence;
    private final boolean urgent;
    private EventStatus status;
    private String gridCode;
    private String unitCode;
    private String unitPath;
    private MatchedBy matchedBy;
    private String assigneeCode;
    private final String reporterOpenid;
    private final Source source;
    private final String description;
    private String address;
    private GeoPoint location;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant signDeadline;
    private Instant resolveDeadline;
    private Instant acceptedAt;
    private Instant resolvedAt;
    private Instant closedAt;
    private String resolution;
    private boolean overdue;
    private boolean flagged;
    private boolean signReminded;
    private Integer rating;
    private QueueReason queueReason;
    private boolean unreached;
    private int version;
    private final State loaded;
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private final List<TimelineEntry> unsaved = new ArrayList<>();

    /** Everything stored about an event, for rebuilding it from persistence. */
    public record State(Long id, String number, Category category, double confidence, boolean urgent,
            EventStatus status, String gridCode, String unitCode, String unitPath, MatchedBy matchedBy,
            String assigneeCode, String reporterOpenid, Source source, String description, String address,
            GeoPoint location, Instant createdAt, Instant updatedAt, Instant signDeadline, Instant resolveDeadline,
            Instant acceptedAt, Instant resolvedAt, Instant closedAt, String resolution, boolean overdue,
            boolean flagged, boolean signReminded, Integer rating, QueueReason queueReason, boolean unreached,
            int version) {
    }

    private GridEvent(State s, List<TimelineEntry> history) {
        loaded = s.id() == null ? null : s;
        id = s.id();
        number = s.number();
        category = s.category();
        confidence = s.confidence();
        urgent = s.urgent();
        status = s.status();
        gridCode = s.gridCode();
        unitCode = s.unitCode();
        unitPath = s.unitPath();
        matchedBy = s.matchedBy();
        assigneeCode = s.assigneeCode();
        reporterOpenid = s.reporterOpenid();
        source = s.source();
        description = s.description();
        address = s.address();
        location = s.location();
        createdAt = s.createdAt();
        updatedAt = s.updatedAt();
        signDeadline = s.signDeadline();
        resolveDeadline = s.resolveDeadline();
        acceptedAt = s.acceptedAt();
        resolvedAt = s.resolvedAt();
        closedAt = s.closedAt();
        resolution = s.resolution();
        overdue = s.overdue();
        flagged = s.flagged();
        signReminded = s.signReminded();
        rating = s.rating();
        queueReason = s.queueReason();
        unreached = s.unreached();
        version = s.version();
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
        GridEvent event = new GridEvent(new State(null, number, report.classification().category(),
                report.classification().confidence(), report.urgent(), EventStatus.REPORTED,
                unit.isGrid() ? unit.code() : null, unit.code(), unit.path(), report.match().matchedBy(), null,
                report.reporterOpenid(), report.source(), report.description(), Texts.cut(report.address(), ADDRESS_MAX),
                report.location(), at, at, null, null, null, null, null, null, false, false, false, null, null, false, 0),
                List.of());
        event.record(actor, at, null, EventStatus.REPORTED, wholeAddress(report.address()));
        return event;
    }

    /** Gives the event to a worker: first dispatch, re-dispatch after return, escalation or reopening, or reassignment. */
    public void assignTo(String workerCode, Deadlines deadlines, Actor actor, Instant at, String note) {
        require("assigned", EventStatus.REPORTED, EventStatus.ASSIGNED, EventStatus.RETURNED, EventStatus.ESCALATED,
                EventStatus.REOPENED);
        assigneeCode = workerCode;
        queueReason = null;
        unreached = false;
        signReminded = false;
        signDeadline = deadlines.signBy();
        resolveDeadline = deadlines.resolveBy();
        acceptedAt = null;
        move(actor, at, EventStatus.ASSIGNED, note == null ? "派发给 " + workerCode : note);
    }

    /** Places the event in another unit of the tree (a supervisor's reassignment across grids). */
    public void moveTo(GridUnit unit) {
        gridCode = unit.isGrid() ? unit.code() : null;
        unitCode = unit.code();
        unitPath = unit.path();
    }

    /**
     * The reporter tells where it is after the event was created (an emergency does not wait for a
     * location): while nobody holds the event yet, it moves to the unit the place resolves to.
     */
    public void locate(GridUnit unit, MatchedBy by, GeoPoint point, String place, Actor actor, Instant at) {
        require("located", EventStatus.REPORTED, EventStatus.RETURNED, EventStatus.ESCALATED);
        if (point != null) {
            location = point;
        }
        if (place != null && !place.isBlank()) {
            address = Texts.cut(place, ADDRESS_MAX);
        }
        if (unit != null) {
            moveTo(unit);
            matchedBy = by;
        }
        String whole = wholeAddress(place);
        record(actor, at, status, status, "补充位置" + (unit == null ? "" : ":" + unit.name()) + (whole == null ? "" : ";" + whole));
    }

    /** The event stays in its dispatcher's queue, for this reason; supervisors see why. */
    public void queue(QueueReason reason, Actor actor, Instant at) {
        require("queued", EventStatus.REPORTED, EventStatus.RETURNED, EventStatus.ESCALATED, EventStatus.REOPENED);
        queueReason = reason;
        record(actor, at, status, status, "转派单队列:" + reason.label());
    }

    /**
     * An urgent event that nobody could be told about — no reachable worker and no reachable centre staff:
     * the most urgent thing there is for a supervisor, until someone is assigned.
     */
    public void markUnreached(Actor actor, Instant at) {
        if (!urgent) {
            throw new IllegalStateException("Only an urgent event is flagged as having reached nobody");
        }
        unreached = true;
        record(actor, at, status, status, "紧急事件未能通知到任何值班人员");
    }

    /** Whether the event still waits in a dispatcher's queue for someone to take it. */
    public boolean unassigned() {
        return assigneeCode == null && (status == EventStatus.REPORTED || status == EventStatus.RETURNED
                || status == EventStatus.ESCALATED || status == EventStatus.REOPENED);
    }

    public void accept(Actor worker, Instant at) {
        require("signed for", EventStatus.ASSIGNED);
        requireAssignee(worker, "signed for");
        acceptedAt = at;
        move(worker, at, EventStatus.ACCEPTED, null);
    }

    public void resolve(Actor worker, String result, Instant at) {
        require("resolved", EventStatus.ACCEPTED);
        requireAssignee(worker, "resolved");
        resolution = Texts.cut(result, RESOLUTION_MAX);
        resolvedAt = at;
        if (resolveDeadline != null && at.isAfter(resolveDeadline)) {
            overdue = true;
        }
        move(worker, at, EventStatus.RESOLVED, result);
    }

    /** The worker gives the event back to the dispatcher (not theirs, or wrongly placed). */
    public void returnToDispatcher(Actor worker, String reason, Instant at) {
        require("returned", EventStatus.ASSIGNED, EventStatus.ACCEPTED);
        requireAssignee(worker, "returned");
        assigneeCode = null;
        move(worker, at, EventStatus.RETURNED, reason);
    }

    /** Beyond the grid: up to the township centre or a department. */
    public void escalate(Actor actor, String reason, Instant at) {
        require("escalated", EventStatus.ASSIGNED, EventStatus.ACCEPTED);
        if (actor.kind() == Actor.Kind.WORKER) {
            requireAssignee(actor, "escalated");
        }
        move(actor, at, EventStatus.ESCALATED, reason);
    }

    public void cancel(Actor actor, String note, Instant at) {
        require("withdrawn", EventStatus.REPORTED, EventStatus.ASSIGNED);
        move(actor, at, EventStatus.CANCELLED, note);
    }

    public void close(Actor actor, String note, Instant at) {
        require("closed", EventStatus.RESOLVED);
        closedAt = at;
        move(actor, at, EventStatus.CLOSED, note);
    }

    /** Back to work after a poor rating or a supervisor's decision; flagged for supervisor review. */
    public void reopen(Actor actor, String reason, Instant at) {
        require("reopened", EventStatus.RESOLVED, EventStatus.CLOSED);
        flagged = true;
        closedAt = null;
        move(actor, at, EventStatus.REOPENED, reason);
    }

    /** The resident's rating, 1–5: 3 or more closes the event, 1 or 2 reopens it for review. */
    public void rate(int score, Instant at) {
        if (score < 1 || score > 5) {
            throw DomainException.invalid("rating", "A rating is a whole number from 1 to 5");
        }
        if (rating != null) {
            throw DomainException.conflict("already-rated", "Event " + number + " is already rated");
        }
        require("rated", EventStatus.RESOLVED, EventStatus.CLOSED);
        rating = score;
        if (score <= 2) {
            reopen(Actor.RESIDENT, "居民评价 " + score + " 分,转督查复核", at);
        } else if (status == EventStatus.RESOLVED) {
            close(Actor.RESIDENT, "居民评价 " + score + " 分", at);
        } else {
            updatedAt = at;
        }
    }

    /** The assignee was reminded that the sign-for deadline passed; the next step is escalation. */
    public void markSignReminded(Instant at) {
        signReminded = true;
        updatedAt = at;
    }

    public void markOverdue(Instant at) {
        if (!overdue) {
            overdue = true;
            updatedAt = at;
        }
    }

    /** The timeline's note for an address too long for the event's own field: the whole of it. */
    private static String wholeAddress(String address) {
        return Texts.longerThan(address, ADDRESS_MAX) ? "地址全文:" + address : null;
    }

    private void require(String action, EventStatus... allowed) {
        Set<EventStatus> states = EnumSet.noneOf(EventStatus.class);
        Collections.addAll(states, allowed);
        if (!states.contains(status)) {
            throw new IllegalTransition(number, status, action);
        }
    }

    private void requireAssignee(Actor worker, String action) {
        if (worker.kind() == Actor.Kind.WORKER && !worker.id().equals(assigneeCode)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN,
                    "not-assignee", "Event " + number + " is not assigned to worker " + worker.id() + "; it cannot be " + action + " by them");
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
        return new State(id, number, category, confidence, urgent, status, gridCode, unitCode, unitPath, matchedBy,
                assigneeCode, reporterOpenid, source, description, address, location, createdAt, updatedAt,
                signDeadline, resolveDeadline, acceptedAt, resolvedAt, closedAt, resolution, overdue, flagged,
                signReminded, rating, queueReason, unreached, version);
    }

    public Long id() { return id; }
    public String number() { return number; }
    public Category category() { return category; }
    public double confidence() { return confidence; }
    public boolean urgent() { return urgent; }
    public EventStatus status() { return status; }
    public String gridCode() { return gridCode; }
    public String unitCode() { return unitCode; }
    public String unitPath() { return unitPath; }
    public MatchedBy matchedBy() { return matchedBy; }
    public String assigneeCode() { return assigneeCode; }
    public String reporterOpenid() { return reporterOpenid; }
    public Source source() { return source; }
    public String description() { return description; }
    public String address() { return address; }
    public GeoPoint location() { return location; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant signDeadline() { return signDeadline; }
    public Instant resolveDeadline() { return resolveDeadline; }
    public Instant acceptedAt() { return acceptedAt; }
    public Instant resolvedAt() { return resolvedAt; }
    public Instant closedAt() { return closedAt; }
    public String resolution() { return resolution; }
    public boolean overdue() { return overdue; }
    public boolean flagged() { return flagged; }
    public boolean signReminded() { return signReminded; }
    public Integer rating() { return rating; }
    public QueueReason queueReason() { return queueReason; }
    public boolean unreached() { return unreached; }
    public int version() { return version; }
    public List<TimelineEntry> timeline() { return List.copyOf(timeline); }
}
