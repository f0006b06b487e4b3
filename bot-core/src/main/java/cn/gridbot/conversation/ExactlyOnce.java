package cn.gridbot.conversation;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gridbot.classify.Classifier;
import cn.gridbot.common.DataStoreFailures;
import cn.gridbot.common.GroupCommit;
import cn.gridbot.common.RedisGuard;

/**
 * Handles each WeChat message exactly once (README "Failure behaviour"). WeChat retries a message it got no answer for;
 * a retry, on this instance or another, gets the first answer and changes nothing. Redis claims are the
 * fast path; the message log's unique key, written in the same transaction as the message's effects
 * (its event, its pushes, the dialog state), is the last line, so a Redis flush or outage cannot cause a
 * duplicate. Concurrent messages share transactions ({@link GroupCommit}, README "Throughput"); each is
 * answered only once its transaction is committed. A message's words are classified before it joins a batch
 * ({@link Preclassified}), so that the batch's open transaction does not wait for the classifier.
 */
@Component
class ExactlyOnce implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ExactlyOnce.class);
    /** How long a retry waits for the first attempt's answer, inside the reply budget. */
    private static final Duration PATIENCE = Duration.ofSeconds(3);

    private final InboundDedup dedup;
    private final MessageLog messageLog;
    private final Conversation conversation;
    private final SpoolReplies spoolReplies;
    private final RedisGuard redis;
    private final TransactionTemplate transaction;
    private final GroupCommit commits;
    private final Classifier classifier;

    ExactlyOnce(InboundDedup dedup, MessageLog messageLog, Conversation conversation, Classifier classifier,
            SpoolReplies spoolReplies, RedisGuard redis, PlatformTransactionManager transactions, IntakeSettings settings) {
        this.classifier = classifier;
        this.dedup = dedup;
        this.messageLog = messageLog;
        this.conversation = conversation;
        this.spoolReplies = spoolReplies;
        this.redis = redis;
        this.transaction = new TransactionTemplate(transactions);
        this.commits = new GroupCommit("gridbot-intake", transactions, settings.writers(), settings.batchSize(),
                DataStoreFailures::awayOrTooSlow);
    }

    Reply handle(InboundMessage message) {
        try (RedisGuard.Scope scope = redis.forMessage()) {
            String key = message.dedupKey();
            InboundDedup.Claim claim = dedup.claim(key, message.sentByPerson() ? message.openid() : null);
            if (claim instanceof InboundDedup.Answered answered) {
                log.debug("Retry of {} answered from cache", message.logRef());
                return answered.reply();
            }
            if (claim instanceof InboundDedup.Busy) {
                Optional<Reply> first = dedup.awaitReply(key, PATIENCE);
                if (first.isPresent()) {
                    return first.get();
                }
            }
            if (claim instanceof InboundDedup.Owner owner && owner.tooFrequent()) {
                log.info("Flood control refused {}", message.logRef());
                Reply refused = Reply.of(Replies.TOO_FREQUENT);
                dedup.remember(key, refused);
                return refused;
            }
            Reply reply = handleOnce(message, key);
            dedup.remember(key, reply);
            return reply;
        }
    }

    /**
     * Handles a message that waited in the spool, and writes its reply as a push (kind SPOOL_REPLY) in the
     * same transaction: the resident was told only that it arrived. If it was handled meanwhile (its first
     * attempt committed after all), the stored reply is pushed instead. Flood control does not apply: the
     * message was accepted when it arrived.
     */
    Reply replay(InboundMessage message) {
        try (RedisGuard.Scope scope = redis.forMessage()) {
            String key = message.dedupKey();
            Reply reply;
            try {
                reply = transaction.execute(status -> {
                    Handled handled = conversation.handle(message);
                    messageLog.record(message, handled.reply(), handled.eventNumber());
                    spoolReplies.send(message, handled.reply(), handled.eventNumber());
                    return handled.reply();
                });
            } catch (DuplicateKeyException e) {
                reply = transaction.execute(status -> {
                    Reply stored = messageLog.replyFor(key).orElseThrow(() -> e);
                    spoolReplies.send(message, stored, null);
                    return stored;
                });
            }
            dedup.remember(key, reply);
            return reply;
        }
    }

    /** Lets WeChat's retries of a spooled message get the same answer it got. */
    void rememberAnswer(InboundMessage message, Reply reply) {
        dedup.remember(message.dedupKey(), reply);
    }

    private Reply handleOnce(InboundMessage message, String key) {
        Preclassified ahead = Preclassified.ahead(classifier, message);
        try {
            return commits.execute(status -> {
                try (RedisGuard.Scope scope = redis.forMessage()) {
                    Handled handled = Preclassified.during(ahead, () -> conversation.handle(message));
                    messageLog.record(message, handled.reply(), handled.eventNumber());
                    return handled.reply();
                }
            });
        } catch (DuplicateKeyException e) {
            log.info("Concurrent duplicate of {} rolled back; answering with the first reply", message.logRef());
            return messageLog.replyFor(key).orElseThrow(() -> e);
        }
    }

    /** Transactions and messages written so far by the group commit (for the benchmarks and tests). */
    GroupCommit commits() {
        return commits;
    }

    @Override
    public void destroy() {
        commits.close();
    }
}
