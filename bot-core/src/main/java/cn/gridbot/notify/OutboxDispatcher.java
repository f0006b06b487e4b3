package cn.gridbot.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gridbot.common.Failures;
import cn.gridbot.common.scheduling.Schedulers;

/**
 * Delivers the outbox (README "Failure behaviour", "Push delivery"): hands each due push to the {@link Notifier} and
 * records the outcome — sent, retried with exponential back-off, held until a quota resets, or given up; each failed
 * attempt is published as a {@link PushFailed}.
 * <p>
 * A batch of due pushes is split into lanes, one per recipient. A lane sends its recipient's pushes one after
 * another in the order {@link OutboxQueue#due} gave them; different recipients' lanes run at once on
 * {@link DeliveryLanes}, at most {@code gridbot.outbox.parallelism} at a time. The next batch is read only when every
 * lane of this one has ended, so within one dispatcher a recipient's later push never overtakes an earlier one being
 * sent.
 * <p>
 * Several dispatchers may run at once, on one instance or many. Each push is claimed just before it is sent, for a
 * lease longer than one delivery attempt can take, so a claim never lapses while its holder is still sending (a slow
 * WeChat cannot cause a second send) and a dispatcher holds at most {@code parallelism} claims; a claim that lapses
 * because its holder died returns the push to the queue, and every outcome is recorded only under the claim's own
 * token.
 */
@Component
public class OutboxDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxQueue queue;
    private final Notifier notifier;
    private final OutboxSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher failures;
    private final DeliveryLanes lanes;

    OutboxDispatcher(OutboxQueue queue, Notifier notifier, OutboxSettings settings, Clock clock,
            ApplicationEventPublisher failures) {
        Duration longest = notifier.longestAttempt();
        if (settings.lease().compareTo(longest) <= 0) {
            throw new IllegalStateException("gridbot.outbox.lease (" + settings.lease() + ") must be longer than one "
                    + "delivery attempt can take (" + longest + "), or a slow WeChat could see a push sent twice");
        }
        this.queue = queue;
        this.notifier = notifier;
        this.settings = settings;
        this.clock = clock;
        this.failures = failures;
        this.lanes = new DeliveryLanes(settings.parallelism(), longest.plusSeconds(5));
    }

    @Scheduled(fixedDelayString = "${gridbot.outbox.poll-interval:PT2S}", scheduler = Schedulers.DELIVERY)
    void poll() {
        while (!Thread.currentThread().isInterrupted() && deliverDue() > 0) {
            // Some were taken: there may be more waiting.
        }
    }

    /**
     * Delivers the pushes due now, up to one batch, and returns when all of them have been dealt with; answers how many
     * this dispatcher took (others may take some).
     */
    public int deliverDue() {
        if (lanes.closing()) {
            return 0;
        }
        Map<String, List<Long>> byRecipient = new LinkedHashMap<>();
        for (OutboxQueue.Due due : queue.due(clock.instant(), settings.batchSize())) {
            String recipient = due.recipient() == null ? "#" + due.id() : due.recipient();
            byRecipient.computeIfAbsent(recipient, r -> new ArrayList<>()).add(due.id());
        }
        List<DeliveryLanes.Lane> batch = new ArrayList<>(byRecipient.size());
        byRecipient.values().forEach(ids -> batch.add(proceed -> deliverInOrder(ids, proceed)));
        return lanes.run(batch);
    }

    /** One recipient's pushes, each claimed just before it is sent. */
    private int deliverInOrder(List<Long> ids, BooleanSupplier proceed) {
        int taken = 0;
        for (long id : ids) {
            if (!proceed.getAsBoolean()) {
                break;
            }
            String token = UUID.randomUUID().toString();
            Instant now = clock.instant();
            Optional<Push> claimed = queue.claim(id, token, now, now.plus(settings.lease()));
            if (claimed.isPresent()) {
                deliver(claimed.get(), token);
                taken++;
            }
        }
        return taken;
    }

    private void deliver(Push push, String token) {
        Delivery delivery;
        try {
            delivery = notifier.deliver(push);
        } catch (RuntimeException e) {
            delivery = new Delivery.Retry(Failures.names(e));
        }
        if (!record(push, token, delivery)) {
            log.warn("Push {} ({}): the claim lapsed during delivery; its outcome was not recorded", push.id(), push.kind());
        }
    }

    private boolean record(Push push, String token, Delivery delivery) {
        Instant now = clock.instant();
        int attempts = push.attempts() + 1;
        if (delivery instanceof Delivery.Sent sent) {
            return queue.sent(push.id(), token, sent.channel(), now);
        }
        if (delivery instanceof Delivery.GiveUp giveUp) {
            failures.publishEvent(new PushFailed(push.kind(), giveUp.reason(), true));
            log.warn("Push {} ({}) given up: {}", push.id(), push.kind(), giveUp.reason());
            return queue.failed(push.id(), token, attempts, giveUp.reason());
        }
        if (delivery instanceof Delivery.WaitUntil wait) {
            return queue.retry(push.id(), token, push.attempts(), wait.when(), wait.reason());
        }
        String reason = ((Delivery.Retry) delivery).reason();
        boolean givingUp = now.isAfter(push.createdAt().plus(settings.giveUpAfter()));
        failures.publishEvent(new PushFailed(push.kind(), reason, givingUp));
        if (givingUp) {
            log.warn("Push {} ({}) given up after {} attempts: {}", push.id(), push.kind(), attempts, reason);
            return queue.failed(push.id(), token, attempts, "gave up after " + attempts + " attempts: " + reason);
        }
        return queue.retry(push.id(), token, attempts, now.plus(settings.backoff(attempts)), reason);
    }

    /** On the context's close: claims nothing more; the pushes being sent are finished and recorded. */
    @Override
    public void destroy() {
        lanes.close();
    }
}
