package cn.gridbot.worker;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links a worker's WeChat account to their worker record (SPEC §3: "绑定 工号 手机后四位"). Five wrong
 * attempts lock binding for that WeChat user for an hour. A record already bound to another account,
 * or an account already bound to another record, is refused: an admin changes those.
 */
@Component
public class WorkerBinding {

    /** The outcome of a binding attempt. */
    public sealed interface Outcome permits Bound, Refused, Locked {
    }

    public record Bound(Worker worker, boolean already) implements Outcome {
    }

    /** Refused; {@code attemptsLeft} is how many wrong tries remain before the lock (-1 when not a wrong guess). */
    public record Refused(String reason, int attemptsLeft) implements Outcome {
    }

    public record Locked() implements Outcome {
    }

    private final Workers workers;
    private final BindingAttempts attempts;

    WorkerBinding(Workers workers, BindingAttempts attempts) {
        this.workers = workers;
        this.attempts = attempts;
    }

    @Transactional
    public Outcome bind(String openid, String workerCode, String phoneTail) {
        if (attempts.failures(openid) >= BindingAttempts.MAX_FAILURES) {
            return new Locked();
        }
        Optional<Worker> worker = workers.findByCode(workerCode)
                .filter(w -> w.phone() != null && digits(w.phone()).endsWith(phoneTail));
        if (worker.isEmpty()) {
            int failures = attempts.recordFailure(openid);
            return failures >= BindingAttempts.MAX_FAILURES ? new Locked()
                    : new Refused("wrong-code-or-digits", BindingAttempts.MAX_FAILURES - failures);
        }
        Worker found = worker.get();
        if (openid.equals(found.openid())) {
            return new Bound(found, true);
        }
        if (found.isBound()) {
            return new Refused("worker-bound-elsewhere", -1);
        }
        Optional<Worker> holder = workers.findByOpenid(openid);
        if (holder.isPresent()) {
            return new Refused("account-bound-to-" + holder.get().code(), -1);
        }
        Worker bound = found.withOpenid(openid);
        workers.upsert(bound);
        attempts.reset(openid);
        return new Bound(bound, false);
    }

    private static String digits(String phone) {
        return phone.replaceAll("[^0-9]", "");
    }
}
