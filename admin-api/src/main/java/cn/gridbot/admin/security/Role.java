package cn.gridbot.admin.security;

/**
 * What a token may do: ADMIN everything county-wide; SUPERVISOR read and act in one unit's subtree;
 * VIEWER read there; METRICS read the operational endpoints under {@code /actuator} (for a scraper) and
 * nothing else.
 */
public enum Role {
    ADMIN, SUPERVISOR, VIEWER, METRICS;

    public boolean mayAct() {
        return this == ADMIN || this == SUPERVISOR;
    }

    /** Whether the token reads the registers and events (within its scope). */
    public boolean readsRecords() {
        return this != METRICS;
    }

    /** Whether the token reads metrics and the other operational endpoints. */
    public boolean readsOperations() {
        return this == ADMIN || this == METRICS;
    }

    /** Whether the token is bound to one unit's subtree. */
    public boolean isScoped() {
        return this == SUPERVISOR || this == VIEWER;
    }
}
