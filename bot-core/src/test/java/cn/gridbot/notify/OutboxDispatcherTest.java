package cn.gridbot.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher's lanes (README "Failure behaviour"): different recipients' pushes go out at once, one recipient's
 * one after another in the order they were made, never more at once than {@code parallelism}, and two dispatchers over
 * one outbox send each push once. The latches' timeouts only keep a broken dispatcher from hanging the build.
 */
class OutboxDispatcherTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final long GUARD_SECONDS = 30;

    final InMemoryOutboxQueue queue = new InMemoryOutboxQueue();
    final List<OutboxDispatcher> dispatchers = new ArrayList<>();

    @AfterEach
    void close() {
        dispatchers.forEach(OutboxDispatcher::destroy);
    }

    private OutboxDispatcher dispatcher(int parallelism, Notifier notifier) {
        OutboxSettings settings = new OutboxSettings(Duration.ofSeconds(5), Duration.ofMinutes(10), Duration.ofHours(48),
                Duration.ofMinutes(1), 50, parallelism);
        OutboxDispatcher dispatcher = new OutboxDispatcher(queue, notifier, settings, Clock.fixed(NOW, ZoneOffset.UTC),
                event -> {
                });
        dispatchers.add(dispatcher);
        return dispatcher;
    }

    private long push(String recipient, int secondsAgo) {
        return queue.add(recipient, NOW.minusSeconds(secondsAgo));
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(GUARD_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void sendsToDifferentRecipientsAtOnce() {
        CountDownLatch allInFlight = new CountDownLatch(4);
        List<Boolean> sawAllInFlight = new CopyOnWriteArrayList<>();
        OutboxDispatcher dispatcher = dispatcher(4, push -> {
            allInFlight.countDown();
            sawAllInFlight.add(await(allInFlight));
            return new Delivery.Sent("TEST");
        });
        List<Long> ids = List.of(push("o-a", 4), push("o-b", 3), push("o-c", 2), push("o-d", 1));

        assertThat(dispatcher.deliverDue()).isEqualTo(4);

        assertThat(sawAllInFlight).as("each send waited until all four were in flight").containsExactly(true, true, true, true);
        ids.forEach(id -> assertThat(queue.status(id)).isEqualTo("SENT"));
    }

    @Test
    void sendsOneRecipientsPushesInTheOrderTheyWereMadeWhileOthersGoAlongside() {
        List<Long> toA = new ArrayList<>();
        List<Long> toB = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            toA.add(push("o-a", 60 - 2 * i));
            toB.add(push("o-b", 59 - 2 * i));
        }
        CountDownLatch bDone = new CountDownLatch(toB.size());
        Map<String, List<Long>> order = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        List<String> overlaps = new CopyOnWriteArrayList<>();
        List<Boolean> firstOfAWaitedForB = new CopyOnWriteArrayList<>();
        OutboxDispatcher dispatcher = dispatcher(4, push -> {
            AtomicInteger mine = inFlight.computeIfAbsent(push.recipientOpenid(), r -> new AtomicInteger());
            if (mine.incrementAndGet() > 1) {
                overlaps.add("push " + push.id());
            }
            if (push.id() == toA.get(0)) {
                // A's first push stays in flight until all of B's are out: any of A's later ones sent meanwhile
                // would be out of order.
                firstOfAWaitedForB.add(await(bDone));
            }
            order.computeIfAbsent(push.recipientOpenid(), r -> new CopyOnWriteArrayList<>()).add(push.id());
            if (push.recipientOpenid().equals("o-b")) {
                bDone.countDown();
            }
            mine.decrementAndGet();
            return new Delivery.Sent("TEST");
        });

        assertThat(dispatcher.deliverDue()).isEqualTo(6);

        assertThat(firstOfAWaitedForB).as("B's pushes went out while A's first was in flight").containsExactly(true);
        assertThat(order.get("o-a")).containsExactlyElementsOf(toA);
        assertThat(order.get("o-b")).containsExactlyElementsOf(toB);
        assertThat(overlaps).as("two pushes to one recipient in flight at once").isEmpty();
    }

    @Test
    void neverSendsOrClaimsMoreAtOnceThanItsParallelism() {
        CyclicBarrier pairs = new CyclicBarrier(2);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        List<Boolean> met = new CopyOnWriteArrayList<>();
        OutboxDispatcher dispatcher = dispatcher(2, push -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                pairs.await(GUARD_SECONDS, TimeUnit.SECONDS);
                met.add(true);
            } catch (Exception e) {
                met.add(false);
            }
            inFlight.decrementAndGet();
            return new Delivery.Sent("TEST");
        });
        for (int i = 0; i < 12; i++) {
            push("o-" + (i % 6), 60 - i);
        }

        assertThat(dispatcher.deliverDue()).isEqualTo(12);

        assertThat(met).as("every send had a partner in flight").hasSize(12).containsOnly(true);
        assertThat(mostInFlight.get()).isEqualTo(2);
        assertThat(queue.mostClaimedAtOnce()).as("claims held at once").isEqualTo(2);
    }

    @Test
    void twoDispatchersOverOneOutboxSendEachPushOnce() throws Exception {
        Map<Long, AtomicInteger> sends = new ConcurrentHashMap<>();
        Notifier notifier = push -> {
            sends.computeIfAbsent(push.id(), id -> new AtomicInteger()).incrementAndGet();
            Thread.yield();
            return new Delivery.Sent("TEST");
        };
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ids.add(push("o-" + (i % 25), 300 - i));
        }
        List<OutboxDispatcher> racing = List.of(dispatcher(4, notifier), dispatcher(4, notifier));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (OutboxDispatcher dispatcher : racing) {
                runs.add(threads.submit(() -> {
                    await(start);
                    int taken = 0;
                    for (int n; (n = dispatcher.deliverDue()) > 0;) {
                        taken += n;
                    }
                    return taken;
                }));
            }
            start.countDown();
            int taken = 0;
            for (Future<Integer> run : runs) {
                taken += run.get(GUARD_SECONDS, TimeUnit.SECONDS);
            }
            assertThat(taken).isEqualTo(200);
        } finally {
            threads.shutdownNow();
        }
        assertThat(sends.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(sends.values()).allSatisfy(n -> assertThat(n.get()).as("sends of one push").isEqualTo(1));
        ids.forEach(id -> assertThat(queue.status(id)).isEqualTo("SENT"));
    }

    @Test
    void aClosedDispatcherClaimsNothing() {
        List<Long> sent = new CopyOnWriteArrayList<>();
        OutboxDispatcher dispatcher = dispatcher(4, push -> {
            sent.add(push.id());
            return new Delivery.Sent("TEST");
        });
        long due = push("o-a", 1);

        dispatcher.destroy();

        assertThat(dispatcher.deliverDue()).isZero();
        assertThat(sent).isEmpty();
        assertThat(queue.status(due)).isEqualTo("PENDING");
    }

    @Test
    void aPushWaitingForItsRetryIsOvertakenByALaterOneToTheSameRecipient() {
        List<Long> sent = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger calls = new AtomicInteger();
        OutboxDispatcher dispatcher = dispatcher(4, push -> {
            if (calls.incrementAndGet() == 1) {
                return new Delivery.Retry("errcode -1: system busy");
            }
            sent.add(push.id());
            return new Delivery.Sent("TEST");
        });
        long first = push("o-a", 2);
        long second = push("o-a", 1);

        dispatcher.deliverDue();

        assertThat(queue.status(first)).isEqualTo("PENDING");
        assertThat(sent).containsExactly(second);
    }
}
