package cn.gridbot.admin.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gridbot.admin.security.Disclosure;
import cn.gridbot.admin.security.Principal;
import cn.gridbot.admin.web.UnitScope;
import cn.gridbot.common.DomainException;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.gridevent.Actor;
import cn.gridbot.gridevent.FollowUp;
import cn.gridbot.gridevent.FollowUpCalls;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Follow-up calls (电话回访, README "Departments and supervision"): {@code GET /api/v1/followups/sample} draws closed
 * residents' events of the caller's units at random (default: closed in the last 30 days, 10 of them), not called
 * yet; {@code POST /api/v1/events/{number}/followup} records the answer (SUPERVISOR in scope, ADMIN).
 */
@RestController
class FollowUpController {

    record SampleView(int size, List<EventView> items) {
    }

    record FollowUpRequest(@NotBlank String result, @Size(max = 500) String note) {
    }

    private final FollowUpCalls calls;
    private final GridEvents events;
    private final UnitScope scope;
    private final GridbotSettings settings;
    private final Clock clock;

    FollowUpController(FollowUpCalls calls, GridEvents events, UnitScope scope, GridbotSettings settings, Clock clock) {
        this.calls = calls;
        this.events = events;
        this.scope = scope;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/api/v1/followups/sample")
    SampleView sample(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String gridCode, @RequestParam(required = false) Integer size,
            Principal principal) {
        String path = scope.pathFor(principal, gridCode);
        Instant end = to == null || to.isBlank() ? clock.instant() : Times.to(to, settings.timeZone());
        Instant start = from == null || from.isBlank() ? end.minus(Duration.ofDays(30)) : Times.from(from, settings.timeZone());
        Disclosure disclosure = Disclosure.to(principal);
        List<EventView> items = calls.sample(path, start, end, size == null ? 10 : size).stream()
                .map(e -> EventView.of(e, settings.timeZone(), false, disclosure)).toList();
        return new SampleView(items.size(), items);
    }

    @PostMapping("/api/v1/events/{number}/followup")
    EventView record(@PathVariable String number, @Valid @RequestBody FollowUpRequest request, Principal principal) {
        principal.requireAct();
        GridEvent event = events.findByNumber(number).filter(e -> principal.covers(e.unitPath()))
                .orElseThrow(() -> DomainException.notFound("unknown-event", "No event has the number " + number));
        GridEvent saved = calls.record(event, result(request.result()), request.note(), Actor.supervisor(principal.label()));
        return EventView.of(saved, settings.timeZone(), true, Disclosure.to(principal));
    }

    private static FollowUp.Result result(String value) {
        try {
            return FollowUp.Result.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("result", "result is one of SATISFIED, UNSATISFIED, UNREACHED");
        }
    }
}
