package cn.gridbot.app.metrics;

import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.gridbot.conversation.MessageSpool;
import cn.gridbot.notify.OutboxBacklog;
import cn.gridbot.notify.PushFailed;
import cn.gridbot.reminder.ReminderCounts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What an operator must see falling behind: {@code gridbot_outbox_pending} and {@code gridbot_outbox_oldest_seconds}
 * (read from the database at each scrape, so every instance reports the shared outbox),
 * {@code gridbot_push_failures_total{errcode}} (WeChat's errcode, {@code none} for a failure without one, such as a
 * timeout), {@code gridbot_spool_pending} and {@code gridbot_spool_parked} (this instance's spool) and
 * {@code gridbot_reminders_created_total{kind}}.
 */
@Component
class DeliveryMeters {

    /** Exposed as {@code gridbot_reminders_created_total} ({@link CreatedSeriesNames} says why). */
    static final String REMINDERS = "gridbot_reminders";
    private static final Pattern ERRCODE = Pattern.compile("errcode (-?\\d+)");

    private final MeterRegistry registry;

    DeliveryMeters(MeterRegistry registry, OutboxBacklog backlog, MessageSpool spool, Clock clock) {
        this.registry = registry;
        Gauge.builder("gridbot.outbox.pending", backlog, OutboxBacklog::pending)
                .description("Pushes waiting for their first or next attempt").register(registry);
        Gauge.builder("gridbot.outbox.oldest", backlog, b -> b.oldestPending()
                .map(oldest -> Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0)).orElse(0.0))
                .baseUnit("seconds").description("Age of the oldest push still waiting").register(registry);
        Gauge.builder("gridbot.spool.pending", spool, MessageSpool::pendingCount)
                .description("Messages in this instance's spool waiting to be replayed").register(registry);
        Gauge.builder("gridbot.spool.parked", spool, MessageSpool::parkedCount)
                .description("Messages in this instance's spool parked after failed replays, waiting for an operator's retry")
                .register(registry);
    }

    @EventListener
    void onPushFailed(PushFailed failure) {
        Matcher code = ERRCODE.matcher(failure.reason() == null ? "" : failure.reason());
        Counter.builder("gridbot.push.failures").description("Failed push attempts")
                .tag("errcode", code.find() ? code.group(1) : "none").register(registry).increment();
    }

    @EventListener
    void onReminderRun(ReminderCounts run) {
        run.created().forEach((kind, created) -> Counter.builder("gridbot.reminders")
                .description("Reminders added to the outbox").tag("kind", kind.name()).register(registry).increment(created));
    }
}
