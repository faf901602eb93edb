package dev.stash2plex.app.health;

import java.time.Duration;
import java.util.Optional;

/**
 * When to ask {@code /health} next, by state: quickly while the provider starts, slowly while it is
 * healthy or indexing (the tray's percentage moves at that pace), as often while it is degraded (the
 * provider re-checks Stash every 5 s then), and never while the container does not run: events tell
 * us when that changes, so idle costs nothing.
 */
public record ProbeSchedule(Backoff starting, Duration healthy, Duration degraded) {

    public static ProbeSchedule standard() {
        return new ProbeSchedule(new Backoff(Duration.ofMillis(500), Duration.ofSeconds(5), 1.5),
                Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    /** The delay before the next probe, or empty when probing would be pointless in this state. */
    public Optional<Duration> next(ProviderStatus status, int consecutiveFailures) {
        return switch (status) {
            case ProviderStatus.Starting s -> Optional.of(starting.delay(consecutiveFailures + 1));
            case ProviderStatus.Healthy h -> Optional.of(consecutiveFailures == 0 ? healthy : starting.delay(consecutiveFailures));
            case ProviderStatus.Indexing i -> Optional.of(consecutiveFailures == 0 ? healthy : starting.delay(consecutiveFailures));
            case ProviderStatus.Degraded d -> Optional.of(degraded);
            default -> Optional.empty();
        };
    }
}
