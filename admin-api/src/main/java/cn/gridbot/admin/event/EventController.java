package cn.gridbot.admin.event;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gridbot.admin.grid.UnitScope;
import cn.gridbot.admin.register.Paging;
import cn.gridbot.admin.security.Principal;
import cn.gridbot.classify.Category;
import cn.gridbot.common.DomainException;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.common.Page;
import cn.gridbot.gridevent.EventQuery;
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;

@RestController
@RequestMapping("/api/v1/events")
class EventController {

    private final GridEvents events;
    private final UnitScope scope;
    private final GridbotSettings settings;

    EventController(GridEvents events, UnitScope scope, GridbotSettings settings) {
        this.events = events;
        this.scope = scope;
        this.settings = settings;
    }

    @GetMapping
    Page<EventView> list(@RequestParam(required = false) String status, @RequestParam(required = false) String category,
            @RequestParam(required = false) String gridCode, @RequestParam(required = false) String reporterOpenid,
            @RequestParam(required = false) String assigneeCode, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Principal principal) {
        EventQuery query = new EventQuery(statuses(status), category(category), scope.pathFor(principal, gridCode),
                blankToNull(reporterOpenid), blankToNull(assigneeCode), overdue, Times.from(from, settings.timeZone()),
                Times.to(to, settings.timeZone()));
        return events.search(query, Paging.of(page, size)).map(e -> EventView.of(e, settings.timeZone(), false));
    }

    @GetMapping("/{number}")
    EventView one(@PathVariable String number, Principal principal) {
        GridEvent event = events.findByNumber(number).filter(e -> principal.covers(e.unitPath()))
                .orElseThrow(() -> DomainException.notFound("unknown-event", "No event has the number " + number));
        return EventView.of(event, settings.timeZone(), true);
    }

    private static Set<EventStatus> statuses(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<EventStatus> statuses = EnumSet.noneOf(EventStatus.class);
        for (String s : value.split(",")) {
            try {
                statuses.add(EventStatus.valueOf(s.strip().toUpperCase()));
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("invalid-parameter",
                        "status must be one or more of " + Arrays.toString(EventStatus.values()) + ", comma-separated");
            }
        }
        return statuses;
    }

    private static Category category(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Category.valueOf(value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("invalid-parameter", "category must be one of " + Arrays.toString(Category.values()));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
