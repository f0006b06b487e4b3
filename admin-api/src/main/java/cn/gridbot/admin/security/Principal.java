package cn.gridbot.admin.security;

import cn.gridbot.common.DomainException;

/**
 * The caller of an admin request. {@code unitPath} is the subtree a SUPERVISOR or VIEWER token covers;
 * null for an ADMIN, who sees the whole county, and for a METRICS token, which sees no records at all.
 */
public record Principal(Role role, String unitCode, String unitPath, String label) {

    public static final String REQUEST_ATTRIBUTE = Principal.class.getName();

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Whether the records of the unit at {@code path} are this caller's to read; paths are compared literally. */
    public boolean covers(String path) {
        if (role == Role.ADMIN) {
            return true;
        }
        return role.isScoped() && unitPath != null && path != null && path.startsWith(unitPath);
    }

    /**
     * The subtree a query may read: the requested one when it lies inside the caller's scope, the
     * caller's scope when none was requested (null: the whole county, for an ADMIN); otherwise a refusal.
     */
    public String scope(String requestedPath) {
        if (!role.readsRecords()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "metrics-only", "A METRICS token reads metrics only");
        }
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
            throw new DomainException(DomainException.Kind.FORBIDDEN, "read-only", "A " + role + " token may only read");
        }
    }

    public void requireAdmin() {
        if (!isAdmin()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "admin-only", "Only an ADMIN token may do this");
        }
    }
}
