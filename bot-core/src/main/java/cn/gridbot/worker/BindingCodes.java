package cn.gridbot.worker;

import java.time.Instant;
import java.util.Optional;

/**
 * The one-time binding codes handed to workers, kept by the SHA-256 of the code only. A code is live
 * until it is used, it expires, or a newer code is issued for the same worker.
 */
public interface BindingCodes {

    /**
     * Stores a live code for the worker and retires the worker's earlier ones; answers false, storing
     * nothing, when another live code has the same hash.
     */
    boolean issue(String codeHash, String workerCode, Instant expiresAt, String issuedBy, Instant at);

    /** The worker a live code with this hash was issued for. */
    Optional<String> workerOf(String codeHash, Instant now);

    /** Retires the live code with this hash; answers false when it was no longer live (used meanwhile). */
    boolean use(String codeHash, Instant now);
}
