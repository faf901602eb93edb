package dev.stash2plex.app.supervisor;

import dev.stash2plex.app.health.Backoff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the {@link ProviderSupervisor} looks for the engine again: on a {@link Backoff} that grows with each
 * attempt in a row and starts over once the provider was brought to the wanted state, or when an event
 * stream that had lived long was lost. Confined to the supervisor's lane; the look itself is posted back to it.
 */
final class EngineRetry {

    // Logs as the supervisor: this line was its own before the retry got a class, and the app's log reads as it did.
    private static final Logger LOG = LoggerFactory.getLogger(ProviderSupervisor.class);
    /** An event stream that lived this long was healthy: its loss starts the back-off from the beginning. */
    private static final Duration STABLE = Duration.ofSeconds(30);

    private final Backoff retry;
    private final Executor lane;
    private final ScheduledExecutorService timer;
    private final Clock clock;
    /** The supervisor's look again, run on its lane. */
    private final Runnable look;

    private int attempt;
    private Instant connectedAt = Instant.MIN;
    private ScheduledFuture<?> pendingRetry;

    EngineRetry(Backoff retry, Executor lane, ScheduledExecutorService timer, Clock clock, Runnable look) {
        this.retry = retry;
        this.lane = lane;
        this.timer = timer;
        this.clock = clock;
        this.look = look;
    }

    /** The container is watched from now: its event stream counts as stable from here. */
    void connected() {
        connectedAt = clock.instant();
    }

    /** The provider is as wanted: the next failure starts the back-off from the beginning. */
    void succeeded() {
        attempt = 0;
    }

    /** The event stream ended: look again, soon but not at once. */
    void afterEventsLost() {
        if (Duration.between(connectedAt, clock.instant()).compareTo(STABLE) > 0) {
            attempt = 0;
        }
        later();
    }

    void later() {
        Duration delay = retry.delay(++attempt);
        LOG.debug("Looking for the engine again in {}", delay);
        pendingRetry = timer.schedule(() -> lane.execute(look), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    void cancel() {
        if (pendingRetry != null) {
            pendingRetry.cancel(false);
            pendingRetry = null;
        }
    }
}
