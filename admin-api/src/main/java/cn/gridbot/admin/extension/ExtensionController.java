package cn.gridbot.admin.extension;

import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gridbot.admin.security.Disclosure;
import cn.gridbot.admin.security.Principal;
import cn.gridbot.admin.web.Paging;
import cn.gridbot.admin.web.UnitScope;
import cn.gridbot.common.DomainException;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.common.Page;
import cn.gridbot.gridevent.Actor;
import cn.gridbot.gridevent.ExtensionRequest;
import cn.gridbot.gridevent.Extensions;
import cn.gridbot.gridevent.ExtensionRequests;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * {@code /api/v1/extensions} (README "Departments and supervision"): the extension requests of the caller's units,
 * filtered by {@code status} and {@code gridCode}; a SUPERVISOR whose units include the event, or an ADMIN, approves
 * or refuses one. A request outside the caller's units is "not found".
 */
@RestController
@RequestMapping("/api/v1/extensions")
class ExtensionController {

    record DecisionRequest(@Size(max = 500) String note) {
    }

    private final ExtensionRequests requests;
    private final Extensions extensions;
    private final UnitScope scope;
    private final GridbotSettings settings;

    ExtensionController(ExtensionRequests requests, Extensions extensions, UnitScope scope, GridbotSettings settings) {
        this.requests = requests;
        this.extensions = extensions;
        this.scope = scope;
        this.settings = settings;
    }

    @GetMapping
    Page<ExtensionView> list(@RequestParam(required = false) String status, @RequestParam(required = false) String gridCode,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Principal principal) {
        String path = scope.pathFor(principal, gridCode);
        Disclosure disclosure = Disclosure.to(principal);
        return requests.list(status(status), path, Paging.of(page, size))
                .map(r -> ExtensionView.of(r, settings.timeZone(), disclosure));
    }

    @PostMapping("/{id}/approve")
    ExtensionView approve(@PathVariable long id, @Valid @RequestBody(required = false) DecisionRequest request,
            Principal principal) {
        return decide(id, true, request, principal);
    }

    @PostMapping("/{id}/refuse")
    ExtensionView refuse(@PathVariable long id, @Valid @RequestBody(required = false) DecisionRequest request,
            Principal principal) {
        return decide(id, false, request, principal);
    }

    private ExtensionView decide(long id, boolean approve, DecisionRequest request, Principal principal) {
        principal.requireAct();
        ExtensionRequest found = requests.findById(id).filter(r -> principal.covers(r.unitPath()))
                .orElseThrow(() -> DomainException.notFound("unknown-extension", "No extension request has the id " + id));
        ExtensionRequest decided = extensions.decide(found, approve, Actor.supervisor(principal.label()),
                request == null ? null : request.note());
        return ExtensionView.of(decided, settings.timeZone(), Disclosure.to(principal));
    }

    private static ExtensionRequest.Status status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ExtensionRequest.Status.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("status", "status is one of PENDING, APPROVED, REFUSED");
        }
    }
}
