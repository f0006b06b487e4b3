package cn.gridbot.admin.register;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gridbot.admin.grid.UnitScope;
import cn.gridbot.admin.security.Disclosure;
import cn.gridbot.admin.security.Principal;
import cn.gridbot.common.ImportReport;
import cn.gridbot.common.Page;
import cn.gridbot.worker.WorkerImporter;
import cn.gridbot.worker.Workers;

@RestController
@RequestMapping("/api/v1/workers")
class WorkerController {

    private final WorkerImporter importer;
    private final Workers workers;
    private final UnitScope scope;

    WorkerController(WorkerImporter importer, Workers workers, UnitScope scope) {
        this.importer = importer;
        this.workers = workers;
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
}
