package cn.gridbot.admin.event;

import java.util.Arrays;
import java.util.List;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gridbot.admin.grid.UnitScope;
import cn.gridbot.admin.register.Paging;
import cn.gridbot.admin.security.Disclosure;
import cn.gridbot.admin.security.Principal;
import cn.gridbot.classify.Category;
import cn.gridbot.common.DomainException;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;
import cn.gridbot.gridevent.Actor;
import cn.gridbot.gridevent.EventQuery;
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.gridevent.SupervisorActions;
import cn.gridbot.worker.Worker;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/events")
class EventController {

    private final GridEvents events;
    private final SupervisorActions actions;
    private final UnitScope scope;
    private final GridbotSettings settings;

    EventController(GridEvents events, SupervisorActions actions, UnitScope scope, GridbotSettings settings) {
        this.events = events;
        this.actions = actions;
        this.scope = scope;
        this.settings = settings;
    }

    @GetMapping
    EventPageView list(@RequestParam(required = false) String status, @RequestParam(required = false) String category,
            @RequestParam(required = false) String gridCode, @RequestParam(required = false) String reporterOpenid,
            @RequestParam(required = false) String assigneeCode, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) String sort,
            @RequestParam(required = false) Boolean unreached, Principal principal) {
        EventQuery base = query(status, category, gridCode, reporterOpenid, assigneeCode, overdue, from, to, principal);
        EventQuery query = new EventQuery(base.statuses(), base.category(), base.unitPath(), base.reporterOpenid(),
                base.assigneeCode(), base.overdue(), base.from(), base.to(), oldestFirst(sort), unreached);
        PageRequest request = Paging.of(page, size);
        List<GridEvent> items;
        long total;
        if (cursor != null && !cursor.isBlank()) {
            Cursors.Position position = Cursors.decode(cursor);
            items = events.searchBefore(query, position.lastId(), request.size());
            total = position.total().orElseGet(() -> events.count(query));
        } else {
            Page<GridEvent> found = events.search(query, request);
            items = found.items();
            total = found.total();
        }
        String next = items.size() == request.size() ? Cursors.encode(items.get(items.size() - 1).id(), total) : null;
        Disclosure disclosure = Disclosure.to(principal);
        return new EventPageView(items.stream().map(e -> EventView.of(e, settings.timeZone(), false, disclosure)).toList(),
                request.page(), request.size(), total, next);
    }

    EventQuery query(String status, String category, String gridCode, String reporterOpenid, String assigneeCode,
            Boolean overdue, String from, String to, Principal principal) {
        return new EventQuery(statuses(status), category(category), scope.pathFor(principal, gridCode),
                blankToNull(reporterOpenid), blankToNull(assigneeCode), overdue, Times.from(from, settings.timeZone()),
                Times.to(to, settings.timeZone()));
    }

    @GetMapping("/{number}")
    EventView one(@PathVariable String number, Principal principal) {
        return view(visible(number, principal), principal);
    }

    record AssignRequest(@NotBlank String workerCode, @Size(max = 500) String note) {
    }

    record NoteRequest(@Size(max = 500) String note) {
    }

    @PostMapping("/{number}/assign")
    EventView assign(@PathVariable String number, @Valid @RequestBody AssignRequest request, Principal principal) {
        principal.requireAct();
        GridEvent event = visible(number, principal);
        Worker worker = actions.worker(request.workerCode());
        if (!principal.covers(scope.unit(worker.unitCode()).path())) {
            throw DomainException.invalid("workerCode", "Worker " + worker.code() + " is outside this token's units");
        }
        return view(actions.assign(event, worker, actor(principal), request.note()), principal);
    }

    @PostMapping("/{number}/escalate")
    EventView escalate(@PathVariable String number, @Valid @RequestBody(required = false) NoteRequest request,
            Principal principal) {
        principal.requireAct();
        return view(actions.escalate(visible(number, principal), actor(principal), note(request)), principal);
    }

    @PostMapping("/{number}/close")
    EventView close(@PathVariable String number, @Valid @RequestBody(required = false) NoteRequest request,
            Principal principal) {
        principal.requireAct();
        return view(actions.close(visible(number, principal), actor(principal), note(request)), principal);
    }

    @PostMapping("/{number}/reopen")
    EventView reopen(@PathVariable String number, @Valid @RequestBody(required = false) NoteRequest request,
            Principal principal) {
        principal.requireAct();
        return view(actions.reopen(visible(number, principal), actor(principal), note(request)), principal);
    }

    /** One event with its timeline, as the caller may see it: reads and action answers alike. */
    private EventView view(GridEvent event, Principal principal) {
        return EventView.of(event, settings.timeZone(), true, Disclosure.to(principal));
    }

    /** The event when the caller's scope covers it; otherwise "not found", so numbers reveal nothing. */
    private GridEvent visible(String number, Principal principal) {
        return events.findByNumber(number).filter(e -> principal.covers(e.unitPath()))
                .orElseThrow(() -> DomainException.notFound("unknown-event", "No event has the number " + number));
    }

    private static Actor actor(Principal principal) {
        return Actor.supervisor(principal.label());
    }

    private static String note(NoteRequest request) {
        return request == null ? null : request.note();
    }

    /** {@code sort=createdAt,desc} (the default, newest first) or {@code sort=createdAt,asc}. */
    private static boolean oldestFirst(String sort) {
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
