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
import cn.gridbot.gridevent.Transfers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/events/{number}/transfer} (转派): a SUPERVISOR whose units include the event, or an ADMIN,
 * gives it to a functional department; the answer is the event as the caller may see it.
 */
@RestController
class TransferController {

    record TransferRequest(@NotBlank String departmentCode, @Size(max = 500) String note) {
    }

    private final GridEvents events;
    private final Transfers transfers;
    private final GridbotSettings settings;

    TransferController(GridEvents events, Transfers transfers, GridbotSettings settings) {
        this.events = events;
        this.transfers = transfers;
        this.settings = settings;
    }

    @PostMapping("/api/v1/events/{number}/transfer")
    EventView transfer(@PathVariable String number, @Valid @RequestBody TransferRequest request, Principal principal) {
        principal.requireAct();
        GridEvent event = events.findByNumber(number).filter(e -> principal.covers(e.unitPath()))
                .orElseThrow(() -> DomainException.notFound("unknown-event", "No event has the number " + number));
        GridEvent saved = transfers.transfer(event, transfers.department(request.departmentCode().strip()),
                Actor.supervisor(principal.label()), request.note());
        return EventView.of(saved, settings.timeZone(), true, Disclosure.to(principal));
    }
}
