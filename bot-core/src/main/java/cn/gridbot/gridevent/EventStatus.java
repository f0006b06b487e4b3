package cn.gridbot.gridevent;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle's states (README "Event lifecycle"), and the sets of them that the rest of GridBot — the
 * aggregate's guards, the worker's task list, the deadline watch, the SQL — asks about. Each set is named
 * here once; SQL receives it as a parameter.
 */
public enum EventStatus {
    REPORTED("已受理"),
    ASSIGNED("已派发"),
    ACCEPTED("已签收"),
    RESOLVED("已办结"),
    CLOSED("已关闭"),
    RETURNED("已退回"),
    ESCALATED("已上报"),
    CANCELLED("已撤销"),
    REOPENED("已重办"),
    /** A duplicate report (重复件), merged into an open event at intake; it leaves only by unmerge. */
    MERGED("已合并");

    /** Still waiting for someone to act: not resolved, closed or cancelled. */
    public static final Set<EventStatus> OPEN = of(REPORTED, ASSIGNED, ACCEPTED, RETURNED, ESCALATED, REOPENED);
    /** Waiting in a dispatcher's queue for someone to take it. */
    public static final Set<EventStatus> IN_QUEUE = of(REPORTED, RETURNED, ESCALATED, REOPENED);
    /** Held by a worker: the worker's open tasks. */
    public static final Set<EventStatus> IN_HAND = of(ASSIGNED, ACCEPTED);
    /** Handled: resolved, and closed after the rating or seven days. */
    public static final Set<EventStatus> DONE = of(RESOLVED, CLOSED);

    private final String label;

    EventStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    private static Set<EventStatus> of(EventStatus first, EventStatus... rest) {
        return Collections.unmodifiableSet(EnumSet.of(first, rest));
    }
}
