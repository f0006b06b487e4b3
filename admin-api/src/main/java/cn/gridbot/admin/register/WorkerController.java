package cn.gridbot.admin.register;

import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.gridbot.admin.web.Paging;
import cn.gridbot.admin.web.UnitScope;
import cn.gridbot.admin.security.Disclosure;
import cn.gridbot.admin.security.Principal;
import cn.gridbot.common.DomainException;
import cn.gridbot.common.ImportReport;
import cn.gridbot.common.Page;
import cn.gridbot.worker.BindingQrCodes;
import cn.gridbot.worker.Worker;
import cn.gridbot.worker.WorkerBinding;
import cn.gridbot.worker.WorkerImporter;
import cn.gridbot.worker.Workers;

@RestController
@RequestMapping("/api/v1/workers")
class WorkerController {

    /** A binding code as issued: shown this once; {@code qrUrl} is null when the account cannot make QR codes. */
    record BindingCodeView(String code, Instant expiresAt, String qrUrl) {
    }

    private final WorkerImporter importer;
    private final Workers workers;
    private final WorkerBinding binding;
    private final BindingQrCodes qrCodes;
    private final UnitScope scope;

    WorkerController(WorkerImporter importer, Workers workers, WorkerBinding binding, BindingQrCodes qrCodes,
            UnitScope scope) {
        this.importer = importer;
        this.workers = workers;
        this.binding = binding;
        this.qrCodes = qrCodes;
        this.scope = scope;
    }

    /** ADMIN only: the file may set openids, which only an ADMIN may do. */
    @PostMapping(path = "/import", consumes = { "text/csv", "text/plain", "application/octet-stream" })
    ImportReport importCsv(@RequestBody byte[] csv, Principal principal) {
        principal.requireAdmin();
        return importer.importCsv(csv);
    }

    @GetMapping
    Page<WorkerView> list(@RequestParam(required = false) String gridCode, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Principal principal) {
        Disclosure disclosure = Disclosure.to(principal);
        return workers.list(scope.pathFor(principal, gridCode), Paging.of(page, size)).map(w -> WorkerView.of(w, disclosure));
    }

    /**
     * A one-time code (six digits, valid 24 hours, one use) with which the worker binds their WeChat by
     * sending "绑定 <code>" or scanning the QR code; the worker's earlier codes stop working. ADMIN, or a
     * SUPERVISOR whose units include the worker's.
     */
    @PostMapping("/{code}/binding-code")
    @ResponseStatus(HttpStatus.CREATED)
    BindingCodeView bindingCode(@PathVariable String code, Principal principal) {
        principal.requireAct();
        Worker worker = workers.findByCode(code).filter(w -> principal.covers(scope.unit(w.unitCode()).path()))
                .orElseThrow(() -> DomainException.notFound("unknown-worker", "No worker has the code " + code));
        WorkerBinding.IssuedCode issued = binding.issue(worker, principal.label());
        String qrUrl = qrCodes.pictureUrl(WorkerBinding.SCENE_PREFIX + issued.code(), WorkerBinding.CODE_VALIDITY).orElse(null);
        return new BindingCodeView(issued.code(), issued.expiresAt(), qrUrl);
    }
}
