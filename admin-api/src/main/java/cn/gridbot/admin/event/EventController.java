package cn.gridbot.admin.event;

import java.util.List;
import java.util.function.BiFunction;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gridbot.admin.web.UnitScope;
import cn.gridbot.admin.web.Paging;
import cn.gridbot.admin.security.Disclosure;
import cn.gridbot.admin.security.Principal;
import cn.gridbot.common.DomainException;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;
import cn.gridbot.gridevent.Actor;
import cn.gridbot.gridevent.EventQuery;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.gridevent.SupervisorActions;
import cn.gridbot.worker.Worker;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code /api/v1/events}: the queue with its filters ({@link EventFilter}), paged by number or by keyset
 * cursor; one event with its timeline; and the supervisor's actions — assign, escalate, close, reopen — on
 * events in the caller's scope. Every answer shows the event as the caller may see it.
 */
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
    EventPageView list(@ParameterObject EventFilter filter, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String cursor,
            Principal principal) {
        EventQuery query = filter.toQuery(scope, principal, settings.timeZone());
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
        return act(number, principal, (event, actor) -> {
            Worker worker = actions.worker(request.workerCode());
            if (!principal.covers(scope.unit(worker.unitCode()).path())) {
                throw DomainException.invalid("workerCode", "Worker " + worker.code() + " is outside this token's units");
            }
            return actions.assign(event, worker, actor, request.note());
        });
    }

    @PostMapping("/{number}/escalate")
    EventView escalate(@PathVariable String number, @Valid @RequestBody(required = false) NoteRequest request,
            Principal principal) {
        return act(number, principal, (event, actor) -> actions.escalate(event, actor, note(request)));
    }

    @PostMapping("/{number}/close")
    EventView close(@PathVariable String number, @Valid @RequestBody(required = false) NoteRequest request,
            Principal principal) {
        return act(number, principal, (event, actor) -> actions.close(event, actor, note(request)));
    }

    @PostMapping("/{number}/reopen")
    EventView reopen(@PathVariable String number, @Valid @RequestBody(required = false) NoteRequest request,
            Principal principal) {
        return act(number, principal, (event, actor) -> actions.reopen(event, actor, note(request)));
    }

    /** A supervisor's action on an event in scope, answered with the event as the caller may see it. */
    private EventView act(String number, Principal principal, BiFunction<GridEvent, Actor, GridEvent> action) {
        principal.requireAct();
        return view(action.apply(visible(number, principal), Actor.supervisor(principal.label())), principal);
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

    private static String note(NoteRequest request) {
        return request == null ? null : request.note();
    }

}
