package cn.gridbot.gridevent;

import java.time.Instant;
import java.util.Set;

import cn.gridbot.classify.Category;

/**
 * Filters for the event list (README "Admin API"). {@code unitPath} limits to a subtree; {@code from} inclusive and
 * {@code to} exclusive bound the creation time; {@code unreached} picks the urgent events nobody could be
 * told about, {@code dangerNotRuledOut} the complaints whose danger the classifier did not rule out
 * ({@link ReportDetails#dangerNotRuledOut()}). Null means "any". The list runs newest first unless {@code oldestFirst}.
 */
public record EventQuery(Set<EventStatus> statuses, Category category, String unitPath, String reporterOpenid,
        String assigneeCode, Boolean overdue, Instant from, Instant to, boolean oldestFirst, Boolean unreached,
        Boolean dangerNotRuledOut) {

    public EventQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** True when nothing but the unit scope narrows the list (its total is then kept per unit). */
    public boolean scopeOnly() {
        return statuses.isEmpty() && category == null && reporterOpenid == null && assigneeCode == null && overdue == null
                && from == null && to == null && unreached == null && dangerNotRuledOut == null;
    }

    public EventQuery(Set<EventStatus> statuses, Category category, String unitPath, String reporterOpenid,
            String assigneeCode, Boolean overdue, Instant from, Instant to, boolean oldestFirst) {
        this(statuses, category, unitPath, reporterOpenid, assigneeCode, overdue, from, to, oldestFirst, null, null);
    }

    /** Newest first, the usual order of a queue. */
    public EventQuery(Set<EventStatus> statuses, Category category, String unitPath, String reporterOpenid,
            String assigneeCode, Boolean overdue, Instant from, Instant to) {
        this(statuses, category, unitPath, reporterOpenid, assigneeCode, overdue, from, to, false);
    }

    public static EventQuery all() {
        return new EventQuery(Set.of(), null, null, null, null, null, null, null);
    }
}
