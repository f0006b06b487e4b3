package cn.gridbot.admin.event;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.gridbot.admin.security.Disclosure;
import cn.gridbot.admin.security.Principal;
import cn.gridbot.common.DomainException;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.gridevent.Actor;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.gridevent.Merges;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/events/{number}/unmerge}: a SUPERVISOR whose units include a merged report, or an ADMIN, makes it
 * an event of its own, dispatched like a new one; the answer is the event as the caller may see it.
 */
@RestController
class MergeController {

    record NoteRequest(@Size(max = 500) String note) {
    }

    private final GridEvents events;
    private final Merges merges;
    private final GridbotSettings settings;

    MergeController(GridEvents events, Merges merges, GridbotSettings settings) {
        this.events = events;
        this.merges = merges;
        this.settings = settings;
    }

    @PostMapping("/api/v1/events/{number}/unmerge")
    EventView unmerge(@PathVariable String number, @Valid @RequestBody(required = false) NoteRequest request,
            Principal principal) {
        principal.requireAct();
        GridEvent event = events.findByNumber(number).filter(e -> principal.covers(e.unitPath()))
                .orElseThrow(() -> DomainException.notFound("unknown-event", "No event has the number " + number));
        GridEvent saved = merges.unmerge(event, Actor.supervisor(principal.label()), request == null ? null : request.note());
        return EventView.of(saved, settings.timeZone(), true, Disclosure.to(principal));
    }
}
