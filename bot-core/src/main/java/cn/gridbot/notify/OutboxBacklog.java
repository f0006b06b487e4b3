package cn.gridbot.notify;

import java.time.Instant;
import java.util.Optional;

/** How far delivery is behind: the pushes still waiting, for the operators' gauges. */
public interface OutboxBacklog {

    /** Pushes waiting for their first or next attempt. */
    long pending();

    /** When the oldest of them was created; empty when none waits. */
    Optional<Instant> oldestPending();
}
