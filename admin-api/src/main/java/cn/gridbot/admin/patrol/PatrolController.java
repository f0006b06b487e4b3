package cn.gridbot.admin.patrol;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gridbot.admin.event.Times;
import cn.gridbot.admin.security.Disclosure;
import cn.gridbot.admin.security.Principal;
import cn.gridbot.admin.web.Paging;
import cn.gridbot.admin.web.UnitScope;
import cn.gridbot.common.DomainException;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.common.Page;
import cn.gridbot.patrol.Patrol;
import cn.gridbot.patrol.PatrolQuery;
import cn.gridbot.patrol.Patrols;

/**
 * {@code GET /api/v1/patrols} (filters {@code workerCode}, {@code gridCode} — a subtree within the caller's scope —,
 * {@code from}, {@code to}, {@code valid}) and {@code GET /api/v1/patrols/{id}} with its track; scoped like events: a
 * patrol outside the caller's units is "not found".
 */
@RestController
class PatrolController {

    record PatrolPage(List<PatrolView> items, int page, int size, long total) {
    }

    private final Patrols patrols;
    private final UnitScope scope;
    private final GridbotSettings settings;

    PatrolController(Patrols patrols, UnitScope scope, GridbotSettings settings) {
        this.patrols = patrols;
        this.scope = scope;
        this.settings = settings;
    }

    @GetMapping("/api/v1/patrols")
    PatrolPage list(@RequestParam(required = false) String workerCode, @RequestParam(required = false) String gridCode,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Boolean valid, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Principal principal) {
        PatrolQuery query = new PatrolQuery(workerCode == null || workerCode.isBlank() ? null : workerCode.strip(),
                scope.pathFor(principal, gridCode), Times.from(from, settings.timeZone()), Times.to(to, settings.timeZone()),
                valid);
        Page<Patrol> found = patrols.search(query, Paging.of(page, size));
        Disclosure disclosure = Disclosure.to(principal);
        return new PatrolPage(found.items().stream().map(p -> PatrolView.of(p, settings.timeZone(), disclosure, null)).toList(),
                found.page(), found.size(), found.total());
    }

    @GetMapping("/api/v1/patrols/{id}")
    PatrolView one(@PathVariable long id, Principal principal) {
        principal.scope(null);
        Patrol patrol = patrols.find(id).filter(p -> principal.covers(p.unitPath()))
                .orElseThrow(() -> DomainException.notFound("unknown-patrol", "No patrol has the id " + id));
        return PatrolView.of(patrol, settings.timeZone(), Disclosure.to(principal), patrols.track(id));
    }
}
