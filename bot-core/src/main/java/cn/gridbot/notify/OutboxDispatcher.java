package cn.gridbot.notify;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox (SPEC §6): claims due pushes, hands each to the {@link Notifier}, and records the
 * outcome — sent, retried with exponential back-off, held until a quota resets, or given up. Several
 * instances may run it at once: each push is claimed by one of them, and a claim that lapses (a crash
 * mid-delivery) returns the push to the queue.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxQueue queue;
    private final Notifier notifier;
    private final OutboxSettings settings;
    private final Clock clock;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName();

    OutboxDispatcher(OutboxQueue queue, Notifier notifier, OutboxSettings settings, Clock clock) {
        this.queue = queue;
        this.notifier = notifier;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gridbot.outbox.poll-interval:PT2S}")
    void poll() {
        while (deliverDue() == settings.batchSize()) {
            // A full batch: there may be more waiting.
        }
    }

    /** Delivers one batch of due pushes; answers how many were claimed. */
    public int deliverDue() {
        Instant now = clock.instant();
        List<Push> claimed = queue.claim(owner, now, now.plus(settings.lease()), settings.batchSize());
        for (Push push : claimed) {
            deliver(push);
        }
        return claimed.size();
    }

    private void deliver(Push push) {
        Delivery delivery;
        try {
            delivery = notifier.deliver(push);
        } catch (RuntimeException e) {
            delivery = new Delivery.Retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        Instant now = clock.instant();
        int attempts = push.attempts() + 1;
        if (delivery instanceof Delivery.Sent sent) {
            queue.sent(push.id(), sent.channel(), now);
        } else if (delivery instanceof Delivery.GiveUp giveUp) {
            log.warn("Push {} ({}) given up: {}", push.id(), push.kind(), giveUp.reason());
            queue.failed(push.id(), attempts, giveUp.reason());
        } else if (delivery instanceof Delivery.WaitUntil wait) {
            queue.retry(push.id(), push.attempts(), wait.when(), wait.reason());
        } else {
            String reason = ((Delivery.Retry) delivery).reason();
            if (now.isAfter(push.createdAt().plus(settings.giveUpAfter()))) {
                log.warn("Push {} ({}) given up after {} attempts: {}", push.id(), push.kind(), attempts, reason);
                queue.failed(push.id(), attempts, "gave up after " + attempts + " attempts: " + reason);
            } else {
                queue.retry(push.id(), attempts, now.plus(settings.backoff(attempts)), reason);
            }
        }
    }
}
