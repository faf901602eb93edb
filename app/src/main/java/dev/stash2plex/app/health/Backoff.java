package dev.stash2plex.app.health;

import java.time.Duration;

/**
 * Delays that grow with each consecutive failure, up to a ceiling: {@code initial × factor^(attempt-1)},
 * capped at {@code max}. Pure, so every schedule in the app is testable without waiting.
 */
public record Backoff(Duration initial, Duration max, double factor) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || factor < 1) {
            throw new IllegalArgumentException("Bad back-off: " + initial + " to " + max + " × " + factor);
        }
    }

    /** The delay before attempt number {@code attempt} (1 is the first retry). */
    public Duration delay(int attempt) {
        double millis = initial.toMillis() * Math.pow(factor, Math.max(0, attempt - 1));
        return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
    }
}
