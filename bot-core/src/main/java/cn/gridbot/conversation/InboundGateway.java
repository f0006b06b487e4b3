package cn.gridbot.conversation;

import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import cn.gridbot.classify.Classifier;
import cn.gridbot.common.DataStoreFailures;
import cn.gridbot.common.Failures;
import cn.gridbot.common.GroupCommit;

/**
 * The one entry point for WeChat messages. Every message is answered within the reply budget
 * ({@code gridbot.intake.reply-budget}, 4.5 s), whatever is slow, and nothing a resident sends is lost
 * (README "Failure behaviour"): the message is handled exactly once ({@link ExactlyOnce}) on a worker
 * thread while the request waits; when the database is away, too slow for the budget, or anything
 * unexpected goes wrong, the message goes to the local {@link MessageSpool} — on disk before the answer —
 * and the resident is told it arrived. The spool is replayed through the same exactly-once path
 * ({@link SpoolReplay}) and the real reply follows as a push. A possible emergency is not delayed by that: the
 * classifier needs neither the database nor Redis, so words it decides an emergency are answered with the numbers to
 * call before "system busy" (or "system error", when the failure was unexpected or the spool could not be written),
 * and words whose danger it does not rule out with what to do if it is happening now.
 */
@Component
public class InboundGateway implements DisposableBean {

    static final String BUSY = "已收到您的反映,系统正忙,受理后会把编号发给您。";
    static final String OOPS = "系统开小差了,请稍后再试";
    private static final Logger log = LoggerFactory.getLogger(InboundGateway.class);
    /** Kept back from the budget for writing the spool and sending the answer. */
    private static final long RESERVE_NANOS = TimeUnit.MILLISECONDS.toNanos(400);

    private final ExactlyOnce once;
    private final Classifier classifier;
    private final MessageSpool spool;
    private final DatabaseBreaker database;
    private final Clock clock;
    private final long budgetNanos;
    private final ThreadPoolExecutor workers;

    InboundGateway(ExactlyOnce once, Classifier classifier, MessageSpool spool, DatabaseBreaker database,
            IntakeSettings settings, Clock clock) {
        this.once = once;
        this.classifier = classifier;
        this.spool = spool;
        this.database = database;
        this.clock = clock;
        this.budgetNanos = settings.replyBudget().toNanos();
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(settings.threads(), settings.threads(), 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "gridbot-intake-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.workers.allowCoreThreadTimeOut(true);
    }

    /** Answers the message; {@code arrivedNanos} is {@link System#nanoTime()} when its request arrived. */
    public Reply receive(InboundMessage message, long arrivedNanos) {
        if (spool.hasPending(message.openid())) {
            return spooled(message, BUSY);
        }
        if (!database.tryAcquire()) {
            return spooled(message, BUSY);
        }
        Future<Reply> answer;
        try {
            answer = workers.submit(() -> once.handle(message));
        } catch (RejectedExecutionException busy) {
            database.released();
            log.warn("Every intake thread is busy; {} spooled", message.logRef());
            return spooled(message, BUSY);
        }
        long wait = arrivedNanos + budgetNanos - RESERVE_NANOS - System.nanoTime();
        try {
            Reply reply = answer.get(Math.max(wait, 0), TimeUnit.NANOSECONDS);
            database.succeeded();
            return reply;
        } catch (TimeoutException slow) {
            database.timedOut();
            log.warn("{} not handled within the reply budget; spooled", message.logRef());
            return spooled(message, BUSY);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (DataStoreFailures.awayOrTooSlow(cause)) {
                database.failed(cause);
                log.warn("Database unavailable for {} ({}); spooled", message.logRef(), cause.getClass().getSimpleName());
                return spooled(message, BUSY);
            }
            database.released();
            log.error("Unexpected failure handling {}; spooled for another try", message.logRef(), Failures.withoutMessages(cause));
            return spooled(message, OOPS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            database.released();
            return spooled(message, BUSY);
        }
    }

    /** The group commit the messages are written by: how many transactions it took (README "Throughput"). */
    public GroupCommit commits() {
        return once.commits();
    }

    /**
     * Keeps the message for replay and answers {@code text} ({@link #BUSY}, or {@link #OOPS} after an unexpected
     * failure) with what to do about a danger; WeChat's own reports get no words.
     */
    private Reply spooled(InboundMessage message, String text) {
        try {
            spool.append(message, clock.instant());
        } catch (RuntimeException e) {
            log.error("Could not spool {}; it is lost unless WeChat retries", message.logRef(), Failures.withoutMessages(e));
            return Reply.of(withDanger(message, OOPS));
        }
        Reply reply = message.sentByPerson() ? Reply.of(withDanger(message, text)) : Reply.none();
        once.rememberAnswer(message, reply);
        return reply;
    }

    /**
     * {@code text} with the numbers to call first for an emergency, or what to do after it for a danger not ruled out:
     * whatever kept the message from being handled, a possible emergency is not delayed.
     */
    private String withDanger(InboundMessage message, String text) {
        Preclassified words;
        try {
            words = Preclassified.ahead(classifier, message);
        } catch (RuntimeException | Error e) {
            // The failure the message is spooled for may be the classifier's own (a rule gone wrong on these words
            // overflows the stack, a class that failed to initialise): the resident still gets the answer, not a 500
            // that WeChat would retry. Out of memory or an internal error is the machine's, and goes on up.
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                throw e;
            }
            log.error("Could not classify {} for its answer", message.logRef(), Failures.withoutMessages(e));
            return text;
        }
        if (words == null) {
            return text;
        }
        if (words.classification().emergency()) {
            return EmergencyAdvice.forText(message.words()) + "\n" + text;
        }
        return words.classification().dangerNotRuledOut() ? text + "\n" + ComplaintReplies.dangerLine(message.words())
                : text;
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
