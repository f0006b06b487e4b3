package cn.gridbot.conversation;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one entry point for WeChat messages, handling each exactly once (SPEC §11). WeChat retries a
 * message it got no answer for; a retry, on this instance or another, gets the first answer and
 * changes nothing. Redis claims are the fast path; the message log's unique key in the same
 * transaction as the message's effects is the last line, so a Redis flush cannot cause a duplicate.
 */
@Component
public class InboundGateway {

    private static final Logger log = LoggerFactory.getLogger(InboundGateway.class);
    /** How long a retry waits for the first attempt's answer; WeChat gives up after 5 seconds. */
    private static final Duration PATIENCE = Duration.ofMillis(3500);

    private final InboundDedup dedup;
    private final FloodControl flood;
    private final MessageLog messageLog;
    private final Dialog dialog;
    private final TransactionTemplate transaction;

    InboundGateway(InboundDedup dedup, FloodControl flood, MessageLog messageLog, Dialog dialog,
            TransactionTemplate transaction) {
        this.dedup = dedup;
        this.flood = flood;
        this.messageLog = messageLog;
        this.dialog = dialog;
        this.transaction = transaction;
    }

    public Reply receive(InboundMessage message) {
        String key = message.dedupKey();
        InboundDedup.Claim claim = dedup.claim(key);
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
        Reply reply = handleOnce(message, key);
        dedup.remember(key, reply);
        return reply;
    }

    private Reply handleOnce(InboundMessage message, String key) {
        if (message.sentByPerson() && flood.tooFrequent(message.openid())) {
            log.info("Flood control refused {}", message.logRef());
            return Reply.of(Replies.TOO_FREQUENT);
        }
        try {
            return transaction.execute(status -> {
                Handled handled = dialog.handle(message);
                messageLog.record(message, handled.reply(), handled.eventNumber());
                return handled.reply();
            });
        } catch (DuplicateKeyException e) {
            log.info("Concurrent duplicate of {} rolled back; answering with the first reply", message.logRef());
            return messageLog.replyFor(key).orElseThrow(() -> e);
        }
    }
}
