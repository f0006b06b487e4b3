package cn.gridbot.conversation;

import java.time.Duration;
import java.util.Optional;

/** The fast path of exactly-once handling: a short-lived claim per message key and the reply it produced. */
public interface InboundDedup {

    /** What a claim found. */
    sealed interface Claim permits Owner, Answered, Busy {
    }

    /** This caller owns the message and must handle it. */
    record Owner() implements Claim {
    }

    /** The message was handled already; here is its reply. */
    record Answered(Reply reply) implements Claim {
    }

    /** Someone else is handling it right now. */
    record Busy() implements Claim {
    }

    Claim claim(String key);

    /** Waits up to {@code patience} for the reply of a message someone else is handling. */
    Optional<Reply> awaitReply(String key, Duration patience);

    void remember(String key, Reply reply);
}
