package cn.gridbot.admin.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

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
import cn.gridbot.common.ImportReport;
import cn.gridbot.common.Page;
import cn.gridbot.register.CheckResult;
import cn.gridbot.register.Rechecks;
import cn.gridbot.register.RegisterImporter;
import cn.gridbot.register.RegisterKind;
import cn.gridbot.register.RegisterQuery;
import cn.gridbot.register.RegisterRecord;
import cn.gridbot.register.Registers;
import cn.gridbot.worker.Worker;
import cn.gridbot.worker.Workers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code /api/v1/registers/{kind}} (README "Registers"): import (ADMIN), list with {@code gridCode}, {@code due}
 * and {@code q}, one record with its checks, and logging a check (ADMIN, or SUPERVISOR in scope). SPECIAL is
 * ADMIN-only: for every other role it does not exist (404).
 */
@RestController
@RequestMapping("/api/v1/registers")
class RegisterController {

    private final RegisterImporter importer;
    private final Registers registers;
    private final Rechecks rechecks;
    private final Workers workers;
    private final UnitScope scope;
    private final Clock clock;
    private final GridbotSettings settings;

    RegisterController(RegisterImporter importer, Registers registers, Rechecks rechecks, Workers workers, UnitScope scope,
            Clock clock, GridbotSettings settings) {
        this.importer = importer;
        this.registers = registers;
        this.rechecks = rechecks;
        this.workers = workers;
        this.scope = scope;
        this.clock = clock;
        this.settings = settings;
    }

    @PostMapping(path = "/{kind}/import", consumes = { "text/csv", "text/plain", "application/octet-stream" })
    ImportReport importCsv(@PathVariable String kind, @RequestBody byte[] csv, Principal principal) {
        principal.requireAdmin();
        return importer.importCsv(kind(kind, principal), csv);
    }

    @GetMapping("/{kind}")
    Page<Map<String, Object>> list(@PathVariable String kind, @RequestParam(required = false) String gridCode,
            @RequestParam(required = false) String due, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Principal principal) {
        RegisterKind k = kind(kind, principal);
        LocalDate today = today();
        Disclosure disclosure = Disclosure.to(principal);
        RegisterQuery query = new RegisterQuery(k, scope.pathFor(principal, gridCode), dueBy(due, today),
                q == null || q.isBlank() ? null : q.strip());
        return registers.list(query, Paging.of(page, size)).map(r -> RegisterView.of(r, disclosure, today));
    }

    @GetMapping("/{kind}/{id}")
    Map<String, Object> one(@PathVariable String kind, @PathVariable long id, Principal principal) {
        RegisterRecord record = visible(kind(kind, principal), id, principal);
        return RegisterView.withChecks(record, registers.checks(id), Disclosure.to(principal), today());
    }

    record CheckRequest(@NotNull LocalDate date, @NotBlank String workerCode, @NotBlank String result,
            @Size(max = 1000) String note) {
    }

    /** Logs a check; a HAZARD opens a SAFETY event in the record's grid given to the worker. */
    @PostMapping("/{kind}/{id}/checks")
    Map<String, Object> check(@PathVariable String kind, @PathVariable long id, @Valid @RequestBody CheckRequest request,
            Principal principal) {
        RegisterKind k = kind(kind, principal);
        principal.requireAct();
        RegisterRecord record = visible(k, id, principal);
        CheckResult result = CheckResult.typed(request.result().strip())
                .orElseThrow(() -> DomainException.invalid("result", "result must be OK, CHANGED or HAZARD"));
        Worker worker = workers.findByCode(request.workerCode())
                .filter(w -> principal.covers(scope.unit(w.unitCode()).path()))
                .orElseThrow(() -> DomainException.invalid("workerCode", "No worker of this token's units has the code "
                        + request.workerCode()));
        rechecks.log(record, request.date(), worker, result, request.note());
        return RegisterView.withChecks(registers.findById(id).orElse(record), registers.checks(id), Disclosure.to(principal),
                today());
    }

    /** The record when it is of this kind and the caller's scope covers its grid; otherwise "not found". */
    private RegisterRecord visible(RegisterKind kind, long id, Principal principal) {
        return registers.findById(id).filter(r -> r.kind() == kind && principal.covers(scope.unit(r.gridCode()).path()))
                .orElseThrow(() -> DomainException.notFound("unknown-record", "No " + kind + " record has the id " + id));
    }

    /** The register a path names; SPECIAL exists for ADMIN tokens only. */
    static RegisterKind kind(String name, Principal principal) {
        return RegisterKind.named(name).filter(k -> !k.adminOnly() || principal.isAdmin())
                .orElseThrow(() -> DomainException.notFound("unknown-register", "No register is called " + name));
    }

    private static LocalDate dueBy(String due, LocalDate today) {
        if (due == null || due.isBlank() || due.strip().equalsIgnoreCase("false")) {
            return null;
        }
        if (due.strip().equalsIgnoreCase("true")) {
            return today;
        }
        try {
            return LocalDate.parse(due.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("invalid-parameter", "due must be true, false or a date as YYYY-MM-DD");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.timeZone()));
    }
}
