package cn.gridbot.app.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for what a scheduled job or another thread does: the condition polled every 100 ms. */
public final class Waits {

    private Waits() {
    }

    /** Whether the condition held within the patience given. */
    public static boolean within(Duration patience, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }
}
