package cn.gridbot.conversation;

import java.util.Optional;

/**
 * The log of inbound messages, one row per message key. Its unique key is the last line of
 * exactly-once handling: a second insert of the same key fails, and the first one's reply is read.
 */
public interface MessageLog {

    /** Records the handled message with its reply; throws Spring's {@code DuplicateKeyException} if the key exists. */
    void record(InboundMessage message, Reply reply, String eventNumber);

    Optional<Reply> replyFor(String dedupKey);
}
