package cn.gridbot.admin.register;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gridbot.admin.web.Paging;
import cn.gridbot.admin.web.UnitScope;
import cn.gridbot.admin.security.Disclosure;
import cn.gridbot.admin.security.Principal;
import cn.gridbot.common.DomainException;
import cn.gridbot.common.ImportReport;
import cn.gridbot.common.Page;
import cn.gridbot.resident.CareTag;
import cn.gridbot.resident.CareVisits;
import cn.gridbot.resident.Resident;
import cn.gridbot.resident.ResidentImporter;
import cn.gridbot.resident.Residents;
import cn.gridbot.worker.Worker;
import cn.gridbot.worker.Workers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/residents")
class ResidentController {

    private final ResidentImporter importer;
    private final Residents residents;
    private final CareVisits visits;
    private final Workers workers;
    private final UnitScope scope;

    ResidentController(ResidentImporter importer, Residents residents, CareVisits visits, Workers workers,
            UnitScope scope) {
        this.importer = importer;
        this.residents = residents;
        this.visits = visits;
        this.workers = workers;
        this.scope = scope;
    }

    @PostMapping(path = "/import", consumes = { "text/csv", "text/plain", "application/octet-stream" })
    ImportReport importCsv(@RequestBody byte[] csv, Principal principal) {
        principal.requireAdmin();
        return importer.importCsv(csv);
    }

    @GetMapping
    Page<ResidentView> list(@RequestParam(required = false) String gridCode, @RequestParam(required = false) String tag,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Principal principal) {
        Disclosure disclosure = Disclosure.to(principal);
        return residents.list(scope.pathFor(principal, gridCode), tag(tag), Paging.of(page, size))
                .map(r -> ResidentView.of(r, disclosure));
    }

    record VisitRequest(@NotNull LocalDate date, @NotBlank String workerCode, @Size(max = 1000) String note) {
    }

    /** Logs a visit (README "Admin API"): the resident's next due date moves, starting a new cycle. */
    @PostMapping("/{id}/visits")
    ResidentView logVisit(@PathVariable long id, @Valid @RequestBody VisitRequest request, Principal principal) {
        principal.requireAct();
        Resident resident = visible(id, principal);
        Worker worker = workers.findByCode(request.workerCode())
                .orElseThrow(() -> DomainException.invalid("workerCode", "No worker has the code " + request.workerCode()));
        return ResidentView.of(visits.log(resident, request.date(), worker.code(), request.note()), Disclosure.to(principal));
    }

    @GetMapping("/{id}")
    ResidentView one(@PathVariable long id, Principal principal) {
        return ResidentView.of(visible(id, principal), Disclosure.to(principal));
    }

    /** Edits a resident's record (care tags, visit schedule, address…). Only an ADMIN sets the openid. */
    @PutMapping("/{id}")
    ResidentView edit(@PathVariable long id, @Valid @RequestBody ResidentEdit edit, Principal principal) {
        principal.requireAct();
        Resident current = visible(id, principal);
        if (!principal.covers(scope.unit(edit.gridCode()).path()) || !scope.unit(edit.gridCode()).isGrid()) {
            throw DomainException.invalid("gridCode", "gridCode must be a GRID within this token's units");
        }
        edit.checkWholeValues();
        if (edit.openid() != null && !principal.isAdmin() && !edit.openid().equals(current.openid())) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "admin-only", "Only an ADMIN token may set openids");
        }
        Set<CareTag> tags = EnumSet.noneOf(CareTag.class);
        for (String t : edit.tags() == null ? List.<String>of() : edit.tags()) {
            tags.add(tag(t));
        }
        Resident changed = new Resident(current.id(), edit.name(), blank(edit.gender()), edit.birthDate(),
                keepOrSet(current.phone(), edit.phone()), keepOrSet(current.idNumber(), edit.idNumber()),
                blank(edit.address()), edit.gridCode(), tags, edit.visitIntervalDays(), edit.lastVisitDate(),
                keepOrSet(current.openid(), edit.openid()));
        residents.update(changed);
        return ResidentView.of(residents.findById(id).orElseThrow(), Disclosure.to(principal));
    }

    private static String keepOrSet(String current, String sent) {
        return sent == null ? current : blank(sent);
    }

    /** The resident when the caller's scope covers their grid; otherwise "not found". */
    private Resident visible(long id, Principal principal) {
        return residents.findById(id).filter(r -> principal.covers(scope.unit(r.gridCode()).path()))
                .orElseThrow(() -> DomainException.notFound("unknown-resident", "No resident has the id " + id));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static CareTag tag(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        try {
            return CareTag.valueOf(tag.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("invalid-parameter", "tag must be one of ELDERLY, EMPTY_NEST, DISABLED, POVERTY_RELIEF, KEY_CARE");
        }
    }
}
