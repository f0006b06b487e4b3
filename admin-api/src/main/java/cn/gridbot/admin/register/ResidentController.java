package cn.gridbot.admin.register;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gridbot.admin.grid.UnitScope;
import cn.gridbot.admin.security.Principal;
import cn.gridbot.common.DomainException;
import cn.gridbot.common.ImportReport;
import cn.gridbot.common.Page;
import cn.gridbot.resident.CareTag;
import cn.gridbot.resident.ResidentImporter;
import cn.gridbot.resident.Residents;

@RestController
@RequestMapping("/api/v1/residents")
class ResidentController {

    private final ResidentImporter importer;
    private final Residents residents;
    private final UnitScope scope;

    ResidentController(ResidentImporter importer, Residents residents, UnitScope scope) {
        this.importer = importer;
        this.residents = residents;
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
        return residents.list(scope.pathFor(principal, gridCode), tag(tag), Paging.of(page, size))
                .map(r -> ResidentView.of(r, principal.isAdmin()));
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
