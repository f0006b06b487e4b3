package cn.gridbot.admin.audit;

import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

import cn.gridbot.admin.security.Principal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Records every admin write (POST, PUT, PATCH, DELETE under {@code /api/v1}, and Open311's POST of a
 * service request) with who made it, when, the method, path and outcome. Bodies are not recorded: they
 * carry residents' personal data; nor is an {@code api_key} sent in the query string.
 */
@Component
class AuditTrail implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final AuditLog auditLog;
    private final Clock clock;

    AuditTrail(AuditLog auditLog, Clock clock) {
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return;
        }
        Object attribute = request.getAttribute(Principal.REQUEST_ATTRIBUTE);
        if (!(attribute instanceof Principal principal)) {
            return;
        }
        String query = withoutApiKey(request.getQueryString());
        String path = request.getRequestURI() + (query == null || query.isEmpty() ? "" : "?" + query);
        try {
            auditLog.insert(new AuditLog.Entry(null, clock.instant(), principal.label(), principal.role().name(), method,
                    path.length() > 300 ? path.substring(0, 300) : path, response.getStatus(),
                    principal.unitCode() == null ? null : "scope " + principal.unitCode()));
        } catch (RuntimeException e) {
            log.error("Audit entry not written for {} {}", method, request.getRequestURI(), e);
        }
    }

    private static String withoutApiKey(String query) {
        if (query == null) {
            return null;
        }
        return Arrays.stream(query.split("&")).filter(p -> !p.startsWith("api_key=") && !p.equals("api_key"))
                .collect(Collectors.joining("&"));
    }
}
