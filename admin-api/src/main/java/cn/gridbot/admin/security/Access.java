package cn.gridbot.admin.security;

/**
 * Which token a path needs, for every path the admin side serves. Paths are the servlet paths (decoded,
 * normalised, without path parameters), so {@code /actuator/health;x/../prometheus} is judged as what it
 * reaches.
 *
 * <ul>
 * <li>{@code /actuator/health}: public (it answers only the status).</li>
 * <li>anything else under {@code /actuator} (metrics at {@code /actuator/prometheus} included): an ADMIN
 * or METRICS token.</li>
 * <li>{@code POST /api/v1/session} (signing in to the console): public; it answers a session token.</li>
 * <li>{@code /api/**}: a token of any role but METRICS, within its scope.</li>
 * <li>{@code /open311/v2/services*}: public; the rest of {@code /open311}: a token of any role but
 * METRICS, as {@code api_key} or bearer.</li>
 * <li>everything else (the WeChat portal, the API docs when served, the simulator in the embedded
 * mode): not governed by tokens.</li>
 * </ul>
 */
enum Access {
    PUBLIC, RECORDS, OPEN311, OPERATIONS;

    static Access of(String method, String path) {
        if ("POST".equals(method) && path.equals("/api/v1/session")) {
            return PUBLIC;
        }
        return of(path);
    }

    static Access of(String path) {
        if (path.equals("/actuator/health")) {
            return PUBLIC;
        }
        if (path.equals("/actuator") || path.startsWith("/actuator/")) {
            return OPERATIONS;
        }
        if (path.equals("/api") || path.startsWith("/api/")) {
            return RECORDS;
        }
        if (path.startsWith("/open311/v2/services")) {
            return PUBLIC;
        }
        if (path.equals("/open311") || path.startsWith("/open311/")) {
            return OPEN311;
        }
        return PUBLIC;
    }

    /** Whether a caller with this principal (null: no valid token) may pass. */
    boolean admits(Principal principal) {
        return switch (this) {
            case PUBLIC -> true;
            case RECORDS, OPEN311 -> principal != null && principal.role().readsRecords();
            case OPERATIONS -> principal != null && principal.role().readsOperations();
        };
    }
}
