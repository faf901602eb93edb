package dev.stash2plex.provider.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Waits for something a background thread or another process does, with a hard limit; fails with the
 * last thing it saw. The one place test code sleeps to wait: everything else waits through here.
 */
public final class Polling {

    private Polling() {
    }

    /**
     * Thrown by a probe when waiting longer cannot help (the process it waits for has exited): ends the
     * wait at once and reaches the caller as this failure, where any other exception counts as "not yet".
     */
    public static final class GiveUp extends AssertionError {

        public GiveUp(String message) {
            super(message);
        }
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
        Outcome<T> outcome = poll(limit, every, probe);
        if (outcome.value() == null) {
            throw new AssertionError("Not reached within " + limit.toMillis() / 1000.0 + " s: " + what
                    + "; last seen: " + seen.get(), outcome.last());
        }
        return outcome.value();
    }

    /** The same, for a benchmark that reports "not reached" instead of failing: empty when time runs out. */
    public static <T> Optional<T> within(Duration limit, Duration every, Callable<T> probe) {
        return Optional.ofNullable(poll(limit, every, probe).value());
    }

    private record Outcome<T>(T value, Throwable last) {
    }

    private static <T> Outcome<T> poll(Duration limit, Duration every, Callable<T> probe) {
        long deadline = System.nanoTime() + limit.toNanos();
        Throwable last = null;
        while (true) {
            try {
                T value = probe.call();
                if (value != null) {
                    return new Outcome<>(value, null);
                }
            } catch (GiveUp e) {
                throw e;
            } catch (Exception | AssertionError e) {
                last = e;
            }
            if (System.nanoTime() > deadline) {
                return new Outcome<>(null, last);
            }
            try {
                Thread.sleep(every.toMillis()); // the polling interval between two asks, not a wait for something to happen
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
