package dev.stash2plex.provider.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** Waits for something a background thread does, with a hard limit; fails with the last thing it saw. */
public final class Polling {

    private Polling() {
    }

    /**
     * Asks {@code probe} every 100 ms until it answers something other than null; an exception or
     * a failed assertion inside counts as "not yet" and is kept as the cause when time runs out.
     */
    public static <T> T until(String what, Duration limit, Callable<T> probe) {
        return until(what, limit, Duration.ofMillis(100), probe, () -> "(not recorded)");
    }

    /** The same, asking every {@code every}, and naming what {@code seen} says when time runs out. */
    public static <T> T until(String what, Duration limit, Duration every, Callable<T> probe, Supplier<Object> seen) {
        long deadline = System.nanoTime() + limit.toNanos();
        Throwable last = null;
        while (true) {
            try {
                T value = probe.call();
                if (value != null) {
                    return value;
                }
            } catch (Exception | AssertionError e) {
                last = e;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not reached within " + limit.toMillis() / 1000.0 + " s: " + what
                        + "; last seen: " + seen.get(), last);
            }
            try {
                Thread.sleep(every.toMillis()); // the polling interval, not a wait for something to happen
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
