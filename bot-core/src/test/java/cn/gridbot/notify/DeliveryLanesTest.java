package cn.gridbot.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Closing and failing lanes: what is being sent is finished, nothing more is claimed, a failure is not lost. */
class DeliveryLanesTest {

    private static final long GUARD_SECONDS = 30;

    @Test
    void closingFinishesThePushBeingSentAndClaimsNoMore() throws Exception {
        DeliveryLanes lanes = new DeliveryLanes(1, Duration.ofSeconds(GUARD_SECONDS));
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> delivered = new CopyOnWriteArrayList<>();
        DeliveryLanes.Lane threePushes = proceed -> {
            int taken = 0;
            for (int i = 0; i < 3 && proceed.getAsBoolean(); i++) {
                if (i == 0) {
                    sending.countDown();
                    awaitQuietly(release);
                }
                delivered.add(i);
                taken++;
            }
            return taken;
        };
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> run = caller.submit(() -> lanes.run(List.of(threePushes)));
            assertThat(sending.await(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
            Thread closer = new Thread(lanes::close);
            closer.start();
            long guard = System.nanoTime() + TimeUnit.SECONDS.toNanos(GUARD_SECONDS);
            while (!lanes.closing() && System.nanoTime() < guard) {
                Thread.onSpinWait();
            }
            release.countDown();
            closer.join(TimeUnit.SECONDS.toMillis(GUARD_SECONDS));

            assertThat(closer.isAlive()).as("close waited for the push being sent, no longer").isFalse();
            assertThat(run.get(GUARD_SECONDS, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(delivered).containsExactly(0);
            assertThat(lanes.run(List.of(threePushes))).as("after close").isZero();
        } finally {
            caller.shutdownNow();
        }
    }

    @Test
    void aFailingLaneStopsTheOthersBeforeTheirNextClaimAndItsFailureIsThrown() {
        DeliveryLanes lanes = new DeliveryLanes(2, Duration.ofSeconds(GUARD_SECONDS));
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch failed = new CountDownLatch(1);
        List<Integer> delivered = new CopyOnWriteArrayList<>();
        DeliveryLanes.Lane failing = proceed -> {
            awaitQuietly(sending);
            try {
                throw new IllegalStateException("database away");
            } finally {
                failed.countDown();
            }
        };
        DeliveryLanes.Lane waitsForTheFailure = proceed -> {
            int taken = 0;
            for (int i = 0; i < 3 && proceed.getAsBoolean(); i++) {
                if (i == 0) {
                    sending.countDown();
                    awaitQuietly(failed);
                    // The failing lane stops the others just after its latch: wait for that (a guard, not a timing).
                    long guard = System.nanoTime() + TimeUnit.SECONDS.toNanos(GUARD_SECONDS);
                    while (proceed.getAsBoolean() && System.nanoTime() < guard) {
                        Thread.onSpinWait();
                    }
                }
                delivered.add(i);
                taken++;
            }
            return taken;
        };
        try {
            assertThatThrownBy(() -> lanes.run(List.of(waitsForTheFailure, failing)))
                    .isInstanceOf(IllegalStateException.class).hasMessage("database away");
            assertThat(delivered).containsExactly(0);
        } finally {
            lanes.close();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(GUARD_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
