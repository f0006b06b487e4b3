package cn.gridbot.app.simulator;

import java.time.Clock;
import java.time.Duration;
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
import cn.gridbot.wechat.WeChatProperties;

/**
 * Stands in for WeChat's push APIs in the embedded mode: the outbox dispatcher delivers here, through
 * the same {@link Notifier} interface, and the simulator page shows each push as a WeChat card.
 * Keeps the latest pushes per user in memory. It picks the channel as the WeChat notifier does — a
 * template message when the kind has a template id, else a customer-service text inside the 48-hour
 * window, else nothing — so the page shows what a real account with this configuration would get.
 */
@Component
@ConditionalOnProperty(name = "gridbot.notify.channel", havingValue = "simulator")
public class SimulatorInbox implements Notifier {

    private static final int KEEP = 100;
    private static final Duration SERVICE_WINDOW = Duration.ofHours(48);

    /** How WeChat would carry the push. */
    public enum Channel { TEMPLATE, CUSTOMER_SERVICE }

    /** A push as the simulator shows it. */
    public record Card(long sequence, String kind, Channel channel, String eventNumber, Map<String, String> fields,
            String text, Instant at) {
    }

    private final Map<String, Deque<Card>> inboxes = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Clock clock;
    private final WeChatProperties wechat;

    SimulatorInbox(Clock clock, WeChatProperties wechat) {
        this.clock = clock;
        this.wechat = wechat;
    }

    @Override
    public Delivery deliver(Push push) {
        String templateId = wechat.templates().get(push.kind().name());
        Channel channel = templateId != null && !templateId.isBlank() ? Channel.TEMPLATE : Channel.CUSTOMER_SERVICE;
        if (channel == Channel.CUSTOMER_SERVICE && (push.lastHeardAt() == null
                || push.lastHeardAt().plus(SERVICE_WINDOW).isBefore(clock.instant()))) {
            return new Delivery.GiveUp("no template configured for " + push.kind()
                    + " and the 48-hour customer-service window is closed");
        }
        Deque<Card> inbox = inboxes.computeIfAbsent(push.recipientOpenid(), k -> new ArrayDeque<>());
        synchronized (inbox) {
            inbox.addLast(new Card(sequence.incrementAndGet(), push.kind().name(), channel, push.eventNumber(),
                    push.fields(), push.text(), clock.instant()));
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
