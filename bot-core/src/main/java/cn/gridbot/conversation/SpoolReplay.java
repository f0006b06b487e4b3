package cn.gridbot.conversation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gridbot.common.DataStoreFailures;
import cn.gridbot.common.Failures;
import cn.gridbot.common.scheduling.Schedulers;

/**
 * Replays the spool in arrival order, at start-up and every few seconds, through the exactly-once path:
 * each message then has its effects and its reply goes out as a push. While the database is away the
 * replay waits without counting tries; a message that fails for another reason is tried again and
 * parked after {@code gridbot.intake.replay-attempts} failures, and the ones behind it go on. A parked message
 * waits, logged as an ERROR and counted by {@code gridbot_spool_parked}, until an operator retries it
 * ({@link MessageSpool#retry}).
 */
@Component
class SpoolReplay {

    private static final Logger log = LoggerFactory.getLogger(SpoolReplay.class);
    private static final int BATCH = 100;

    private final MessageSpool spool;
    private final ExactlyOnce once;
    private final DatabaseBreaker database;
    private final IntakeSettings settings;

    SpoolReplay(MessageSpool spool, ExactlyOnce once, DatabaseBreaker database, IntakeSettings settings) {
        this.spool = spool;
        this.once = once;
        this.database = database;
        this.settings = settings;
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${gridbot.intake.replay-interval:PT2S}", scheduler = Schedulers.DELIVERY)
    void replayPending() {
        while (spool.pendingCount() > 0) {
            if (!replayBatch()) {
                return;
            }
        }
    }

    /** Replays up to one batch; answers whether to go on (false: the database is away or a message failed). */
    private boolean replayBatch() {
        for (MessageSpool.Entry entry : spool.pending(BATCH)) {
            if (!database.tryAcquire()) {
                return false;
            }
            try {
                once.replay(entry.message());
                database.succeeded();
                spool.done(entry.seq());
                log.info("Spooled {} handled ({} still waiting)", entry.message().logRef(), spool.pendingCount());
            } catch (RuntimeException | Error e) {
                // An Error of the message's own handling (a rule gone wrong on its words overflows the stack, a class
                // that failed to initialise) fails the message and parks it in time, rather than escaping the replay,
                // holding up every message behind it and keeping the database breaker's permit. Only the machine's own
                // failures (out of memory, an internal error) go on up, the permit given back first.
                if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                    database.released();
                    throw e;
                }
                if (DataStoreFailures.awayOrTooSlow(e)) {
                    database.failed(e);
                    return false;
                }
                database.released();
                String reason = e.getClass().getSimpleName();
                if (spool.failed(entry.seq(), reason, settings.replayAttempts())) {
                    log.error("Replay of spooled {} failed {} times; parked as {} until an operator retries it "
                            + "(POST /api/v1/spool/parked/{}/retry once the cause is fixed)", entry.message().logRef(),
                            entry.attempts() + 1, entry.seq(), entry.seq(), Failures.withoutMessages(e));
                } else {
                    log.warn("Replay of spooled {} failed", entry.message().logRef(), Failures.withoutMessages(e));
                }
                return false;
            }
        }
        return true;
    }
}
