package cn.gridbot.admin.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gridbot.admin.web.Paging;
import cn.gridbot.admin.security.Principal;
import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;

/** {@code GET /api/v1/audit}: the audit trail, newest first, for ADMIN tokens. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    Page<AuditLog.Entry> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Principal principal) {
        principal.requireAdmin();
        PageRequest request = Paging.of(page, size);
        return new Page<>(auditLog.page(request.size(), request.offset()), request.page(), request.size(), auditLog.count());
    }
}
