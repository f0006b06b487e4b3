package cn.gridbot.admin.event;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import cn.gridbot.admin.security.Principal;
import cn.gridbot.admin.web.UnitScope;
import cn.gridbot.classify.Category;
import cn.gridbot.common.DomainException;
import cn.gridbot.gridevent.EventQuery;
import cn.gridbot.gridevent.EventStatus;

/**
 * The event list's filters as query parameters, bound once for the list and its CSV export:
 * {@code status} (comma-separated), {@code category}, {@code gridCode} (a subtree, within the caller's
 * scope), {@code reporterOpenid}, {@code assigneeCode}, {@code overdue}, {@code unreached}, {@code dangerNotRuledOut}
 * (the complaints to check by telephone), {@code from} and {@code to} (dates or times), {@code sort}
 * ({@code createdAt,desc}, the default, or {@code createdAt,asc}).
 */
record EventFilter(String status, String category, String gridCode, String reporterOpenid, String assigneeCode,
        Boolean overdue, Boolean unreached, Boolean dangerNotRuledOut, String from, String to, String sort) {

    EventQuery toQuery(UnitScope scope, Principal principal, ZoneId zone) {
        return new EventQuery(parsedStatuses(), parsedCategory(), scope.pathFor(principal, gridCode), blankToNull(reporterOpenid),
                blankToNull(assigneeCode), overdue, Times.from(from, zone), Times.to(to, zone), oldestFirst(), unreached,
                dangerNotRuledOut);
    }

    private boolean oldestFirst() {
        if (sort == null || sort.isBlank()) {
            return false;
        }
        String s = sort.strip().replace(" ", "");
        if (s.equalsIgnoreCase("createdAt,asc")) {
            return true;
        }
        if (s.equalsIgnoreCase("createdAt,desc") || s.equalsIgnoreCase("createdAt")) {
            return false;
        }
        throw DomainException.invalid("invalid-parameter", "sort must be createdAt,desc or createdAt,asc");
    }

    private Set<EventStatus> parsedStatuses() {
        if (status == null || status.isBlank()) {
            return Set.of();
        }
        Set<EventStatus> statuses = EnumSet.noneOf(EventStatus.class);
        for (String s : status.split(",")) {
            try {
                statuses.add(EventStatus.valueOf(s.strip().toUpperCase()));
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("invalid-parameter",
                        "status must be one or more of " + Arrays.toString(EventStatus.values()) + ", comma-separated");
            }
        }
        return statuses;
    }

    private Category parsedCategory() {
        if (category == null || category.isBlank()) {
            return null;
        }
        try {
            return Category.valueOf(category.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("invalid-parameter", "category must be one of " + Arrays.toString(Category.values()));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
