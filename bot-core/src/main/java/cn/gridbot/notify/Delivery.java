package cn.gridbot.notify;

import java.time.Instant;

/** What happened when a notifier tried to send a push. */
public sealed interface Delivery permits Delivery.Sent, Delivery.Retry, Delivery.WaitUntil, Delivery.GiveUp {

    /** Delivered; {@code channel} says how (TEMPLATE, CUSTOMER_SERVICE, SIMULATOR). */
    record Sent(String channel) implements Delivery {
    }

    /** A passing failure (network, WeChat busy, a token to refresh): try again after the back-off. */
    record Retry(String reason) implements Delivery {
    }

    /** A quota is used up: try again at that moment, without counting it as a failure. */
    record WaitUntil(Instant when, String reason) implements Delivery {
    }

    /** It cannot be delivered (unsubscribed, no channel, refused content): stop trying. */
    record GiveUp(String reason) implements Delivery {
    }
}
