package cn.gridbot.conversation;

import java.time.Duration;
import java.util.Optional;

/**
 * The fast path of exactly-once handling: a short-lived claim per message key and the reply it produced; and flood
 * control, counted with the claim in the same round trip: more than {@link #LIMIT_PER_MINUTE} messages a minute from
 * one person is too frequent (what a person sends, never WeChat's own event reports about them).
 */
public interface InboundDedup {

    int LIMIT_PER_MINUTE = 20;

    /** What a claim found. */
    sealed interface Claim permits Owner, Answered, Busy {
    }

    /** This caller owns the message and must handle it — unless its sender is over the limit. */
    record Owner(boolean tooFrequent) implements Claim {
    }

    /** The message was handled already; here is its reply. */
    record Answered(Reply reply) implements Claim {
    }

    /** Someone else is handling it right now. */
    record Busy() implements Claim {
    }

    /**
     * Claims the message; a message that is new and was sent by a person ({@code sender} not null) is counted
     * against the sender's minute.
     */
    Claim claim(String key, String sender);

    /** Waits up to {@code patience} for the reply of a message someone else is handling. */
    Optional<Reply> awaitReply(String key, Duration patience);

    void remember(String key, Reply reply);
}
