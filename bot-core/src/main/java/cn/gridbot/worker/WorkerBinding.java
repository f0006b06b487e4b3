package cn.gridbot.worker;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links a worker's WeChat account to their worker record by a one-time code: an admin or
 * the worker's supervisor issues six random digits, valid for a day and for one use; the worker sends
 * "绑定 <code>" or scans the QR code whose scene is {@code bind:<code>}. Nothing a reader of the registers
 * can see (name, code, masked phone) binds anyone. Five wrong codes lock binding for that WeChat user for
 * an hour. An account already bound to another record is refused; a code issued for a bound worker moves
 * the binding to the account that uses it (a worker who changed phones).
 */
@Component
public class WorkerBinding {

    public static final Duration CODE_VALIDITY = Duration.ofHours(24);
    /** The QR code's scene is this prefix and the code; WeChat prefixes it with {@code qrscene_} on a subscribe. */
    public static final String SCENE_PREFIX = "bind:";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TRIES = 20;

    /** A code as issued: shown once to whoever issued it, never stored in clear. */
    public record IssuedCode(String code, Instant expiresAt) {
    }

    /** The outcome of a binding attempt. */
    public sealed interface Outcome permits Bound, Refused, Locked {
    }

    /** Bound; {@code already} when this account was the worker's already, {@code moved} when it replaced another. */
    public record Bound(Worker worker, boolean already, boolean moved) implements Outcome {
    }

    /** Refused; {@code attemptsLeft} is how many wrong tries remain before the lock (-1 when not a wrong guess). */
    public record Refused(String reason, int attemptsLeft) implements Outcome {
    }

    public record Locked() implements Outcome {
    }

    private final Workers workers;
    private final BindingCodes codes;
    private final BindingAttempts attempts;
    private final Clock clock;

    WorkerBinding(Workers workers, BindingCodes codes, BindingAttempts attempts, Clock clock) {
        this.workers = workers;
        this.codes = codes;
        this.attempts = attempts;
        this.clock = clock;
    }

    /** A new code for the worker; the worker's earlier codes stop working. */
    @Transactional
    public IssuedCode issue(Worker worker, String issuedBy) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(CODE_VALIDITY);
        for (int i = 0; i < TRIES; i++) {
            String code = String.format("%06d", RANDOM.nextInt(1_000_000));
            if (codes.issue(hash(code), worker.code(), expiresAt, issuedBy, now)) {
                return new IssuedCode(code, expiresAt);
            }
        }
        throw new IllegalStateException("No free binding code after " + TRIES + " tries");
    }

    @Transactional
    public Outcome bind(String openid, String code) {
        if (attempts.failures(openid) >= BindingAttempts.MAX_FAILURES) {
            return new Locked();
        }
        Instant now = clock.instant();
        String hash = hash(code);
        Optional<Worker> worker = codes.workerOf(hash, now).flatMap(workers::findByCode);
        if (worker.isEmpty()) {
            return wrongCode(openid);
        }
        Worker found = worker.get();
        if (!openid.equals(found.openid())) {
            Optional<Worker> holder = workers.findByOpenid(openid);
            if (holder.isPresent()) {
                return new Refused("account-bound-to-" + holder.get().code(), -1);
            }
        }
        if (!codes.use(hash, now)) {
            return wrongCode(openid);
        }
        attempts.reset(openid);
        if (openid.equals(found.openid())) {
            return new Bound(found, true, false);
        }
        Worker bound = found.withOpenid(openid);
        workers.upsert(bound);
        return new Bound(bound, false, found.isBound());
    }

    private Outcome wrongCode(String openid) {
        int failures = attempts.recordFailure(openid);
        return failures >= BindingAttempts.MAX_FAILURES ? new Locked()
                : new Refused("wrong-code", BindingAttempts.MAX_FAILURES - failures);
    }

    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
