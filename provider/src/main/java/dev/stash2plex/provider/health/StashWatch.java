package dev.stash2plex.provider.health;

import dev.stash2plex.core.secrets.Redactor;
import dev.stash2plex.core.stash.StashClient;
import dev.stash2plex.core.stash.StashException;
import dev.stash2plex.core.stash.StashVersion;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Stash for its version in the background — slowly while it answers, sooner while it does not —
 * so {@code /health} reports Stash's state now, not at start-up, without a Stash call per health request.
 * What it reports passes the configuration's {@link Redactor}: {@code /health} needs no authentication.
 */
public final class StashWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StashWatch.class);

    private final StashClient stash;
    private final Clock clock;
    private final Duration healthyInterval;
    private final Duration failingInterval;
    private final Redactor secrets;
    private final AtomicReference<StashHealth> current = new AtomicReference<>(StashHealth.UNCHECKED);
    private final ScheduledExecutorService scheduler =
            Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("stash-watch").factory());

    public StashWatch(StashClient stash, Clock clock, Duration healthyInterval, Duration failingInterval, Redactor secrets) {
        this.stash = stash;
        this.secrets = secrets;
        this.clock = clock;
        this.healthyInterval = healthyInterval;
        this.failingInterval = failingInterval;
    }

    /** Checks once now (so the start-up banner can say how Stash is), then keeps checking in the background. */
    public StashHealth start() {
        StashHealth first = check();
        scheduleNext(first);
        return first;
    }

    public StashHealth current() {
        return current.get();
    }

    private void scheduleNext(StashHealth health) {
        Duration delay = health.usable() ? healthyInterval : failingInterval;
        if (!scheduler.isShutdown()) {
            scheduler.schedule(() -> scheduleNext(check()), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    StashHealth check() {
        StashHealth previous = current.get();
        StashHealth next;
        try {
            StashVersion version = stash.version();
            String reported = secrets.redact(version.version());
            String status = secrets.redact(version.status());
            next = version.usable()
                    ? new StashHealth(true, reported, status, clock.instant(), previous.lastError(), previous.lastErrorAt())
                    : new StashHealth(false, reported, status, clock.instant(),
                            "not-ready: Stash is in state " + status + "; finish its setup or migration", clock.instant());
        } catch (StashException e) {
            next = new StashHealth(false, previous.version(), null, clock.instant(),
                    e.kind() + ": " + secrets.redact(e.getMessage()), clock.instant());
        } catch (RuntimeException e) {
            LOG.error("Stash check failed unexpectedly", e);
            next = new StashHealth(false, previous.version(), null, clock.instant(),
                    "internal: " + secrets.redact(e.toString()), clock.instant());
        }
        current.set(next);
        if (next.usable() != previous.usable() || previous.checkedAt() == null) {
            if (next.usable()) {
                LOG.info("Stash is reachable (version {})", next.version());
            } else {
                LOG.warn("Stash is not usable: {}", next.lastError());
            }
        }
        return next;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
