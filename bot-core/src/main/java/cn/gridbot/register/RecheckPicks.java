package cn.gridbot.register;

import java.util.List;
import java.util.Optional;

/**
 * A worker's re-check that matched several records, waiting for the numbered reply (README "Registers"): kept
 * in the database in the message's transaction, for 30 minutes.
 */
public interface RecheckPicks {

    void offer(String openid, Pending pending);

    Optional<Pending> pending(String openid);

    void clear(String openid);

    /** The records offered, in the order numbered, and the result and note the worker gave. */
    record Pending(List<Long> recordIds, CheckResult result, String note) {

        public Pending {
            recordIds = List.copyOf(recordIds);
        }
    }
}
