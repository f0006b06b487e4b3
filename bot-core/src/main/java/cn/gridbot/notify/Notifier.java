package cn.gridbot.notify;

import java.time.Duration;

/** Sends one push to its recipient: WeChat in production, the simulator in the embedded mode. */
public interface Notifier {

    Delivery deliver(Push push);

    /** The longest one {@link #deliver} can take (its timeouts); a claim on a push must outlast it. */
    default Duration longestAttempt() {
        return Duration.ofSeconds(10);
    }
}
