package cn.gridbot.admin.security;

import cn.gridbot.common.DomainException;

/**
 * The caller of an admin request. {@code unitPath} is the subtree the token covers; null for an ADMIN,
 * who sees the whole county.
 */
public record Principal(Role role, String unitCode, String unitPath, String label) {

    public static final String REQUEST_ATTRIBUTE = Principal.class.getName();

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean covers(String path) {
        return unitPath == null || (path != null && path.startsWith(unitPath));
    }

    /**
     * The subtree a query may read: the requested one when it lies inside the caller's scope, the
     * caller's scope when none was requested; otherwise a refusal.
     */
    public String scope(String requestedPath) {
        if (requestedPath == null) {
            return unitPath;
        }
        if (covers(requestedPath)) {
            return requestedPath;
        }
        throw new DomainException(DomainException.Kind.FORBIDDEN, "out-of-scope",
                "This token covers " + unitCode + " only");
    }

    public void requireAct() {
        if (!role.mayAct()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "read-only", "A VIEWER token may only read");
        }
    }

    public void requireAdmin() {
        if (!isAdmin()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "admin-only", "Only an ADMIN token may do this");
        }
    }
}
