package dev.stash2plex.app.supervisor;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits, with a hard limit, for work on background lanes to show its effect; fails with what it saw. */
public final class Eventually {

    private Eventually() {
    }

    public static void await(String what, BooleanSupplier condition, Supplier<Object> seen) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not reached within 5 s: " + what + "; last seen: " + seen.get());
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
