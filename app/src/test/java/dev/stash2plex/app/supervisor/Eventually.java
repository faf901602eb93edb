package dev.stash2plex.app.supervisor;

import dev.stash2plex.provider.testing.Polling;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits, with a hard limit, for work on background lanes to show its effect; fails with what it saw. */
public final class Eventually {

    private Eventually() {
    }

    /** For in-memory lanes: the condition within 5 s, checked every 5 ms. */
    public static void await(String what, BooleanSupplier condition, Supplier<Object> seen) {
        Polling.until(what, Duration.ofSeconds(5), Duration.ofMillis(5), () -> condition.getAsBoolean() ? Boolean.TRUE : null, seen);
    }

    /**
     * For real engines, windows and screens: asks {@code probe} every 100 ms until it answers something
     * other than null; an exception or a failed assertion inside counts as "not yet" (the last one is
     * kept as the cause when time runs out).
     */
    public static <T> T get(String what, Duration limit, Callable<T> probe, Supplier<Object> seen) {
        return Polling.until(what, limit, Duration.ofMillis(100), probe, seen);
    }
}
