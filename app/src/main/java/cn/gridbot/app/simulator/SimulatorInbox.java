package cn.gridbot.app.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import cn.gridbot.notify.Delivery;
import cn.gridbot.notify.Notifier;
import cn.gridbot.notify.Push;

/**
 * Stands in for WeChat's push APIs in the embedded mode: the outbox dispatcher delivers here, through
 * the same {@link Notifier} interface, and the simulator page shows each push as a WeChat card.
 * Keeps the latest pushes per user in memory.
 */
@Component
@ConditionalOnProperty(name = "gridbot.notify.channel", havingValue = "simulator")
public class SimulatorInbox implements Notifier {

    private static final int KEEP = 100;

    /** A push as the simulator shows it. */
    public record Card(long sequence, String kind, String eventNumber, Map<String, String> fields, String text,
            Instant at) {
    }

    private final Map<String, Deque<Card>> inboxes = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Clock clock;

    SimulatorInbox(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Delivery deliver(Push push) {
        Deque<Card> inbox = inboxes.computeIfAbsent(push.recipientOpenid(), k -> new ArrayDeque<>());
        synchronized (inbox) {
            inbox.addLast(new Card(sequence.incrementAndGet(), push.kind().name(), push.eventNumber(), push.fields(),
                    push.text(), clock.instant()));
            while (inbox.size() > KEEP) {
                inbox.removeFirst();
            }
        }
        return new Delivery.Sent("SIMULATOR");
    }

    /** The user's pushes after {@code since} (a sequence number), oldest first. */
    public List<Card> cardsFor(String openid, long since) {
        Deque<Card> inbox = inboxes.get(openid);
        if (inbox == null) {
            return List.of();
        }
        synchronized (inbox) {
            return inbox.stream().filter(c -> c.sequence() > since).toList();
        }
    }
}
