package dev.stash2plex.app.supervisor;

import dev.stash2plex.app.docker.ContainerEngine;
import dev.stash2plex.app.docker.ContainerState;
import dev.stash2plex.app.docker.EngineException;
import dev.stash2plex.app.docker.EngineProblem;
import dev.stash2plex.app.docker.RestartPolicy;
import dev.stash2plex.app.health.Backoff;
import dev.stash2plex.app.health.HealthMonitor;
import dev.stash2plex.app.health.HealthSignal;
import dev.stash2plex.app.health.PlannedStop;
import dev.stash2plex.app.health.ProviderStatus.FailureKind;
import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.health.SyncHealth;
import dev.stash2plex.app.settings.AppSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the provider container in the state the user wants: the saved settings record (its one input;
 * the env file it was saved to is never read back) → image → container → health. It is the container's one
 * commander: the {@link HealthMonitor} only observes and reports back through its {@link HealthMonitor.Owner}. Every command runs on one serial {@code lane} (a build may take minutes; the
 * caller never waits), so the fields are confined to it. Failures of the engine are retried quietly
 * with back-off; everything else waits for the user. Publishes {@link ProviderStatus} through the
 * {@link HealthMonitor}.
 */
public final class ProviderSupervisor {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderSupervisor.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    /** A container in a crash loop has nothing to finish: a short grace. */
    private static final Duration CRASH_LOOP_STOP_GRACE = Duration.ofSeconds(2);
    /** An event stream that lived this long was healthy: its loss starts the back-off from the beginning. */
    private static final Duration STABLE = Duration.ofSeconds(30);

    private final EngineConnection engines;
    private final Deployment deployment;
    private final HealthMonitor monitor;
    private final Path configDir;
    private final Path dataDir;
    private final Backoff retry;
    private final Executor lane;
    private final ScheduledExecutorService timer;
    private final Clock clock;

    private AppSettings settings;
    private boolean wantRunning = true;
    /** Read by the log window's thread too, hence volatile; written on the lane only. */
    private volatile ContainerEngine engine;
    private volatile String containerId;
    private int attempt;
    private Instant connectedAt = Instant.MIN;
    private ScheduledFuture<?> pendingRetry;

    public ProviderSupervisor(EngineConnection engines, Deployment deployment, HealthMonitor monitor, Path configDir,
                              Path dataDir, Backoff retry, Executor lane, ScheduledExecutorService timer,
                              Clock clock) {
        this.engines = engines;
        this.deployment = deployment;
        this.monitor = monitor;
        this.configDir = configDir;
        this.dataDir = dataDir;
        this.retry = retry;
        this.lane = lane;
        this.timer = timer;
        this.clock = clock;
    }

    public void addListener(Consumer<ProviderStatus> listener) {
        monitor.addListener(listener);
    }

    /** The Plex sync's state after each answered health probe. */
    public void addSyncListener(Consumer<SyncHealth> listener) {
        monitor.addSyncListener(listener);
    }

    /** The loopback port of the provider that last answered, for requests such as "Sync now". */
    public Optional<Integer> answeringPort() {
        return monitor.answeringPort();
    }

    /** New settings (at start-up, or after Save): the container is recreated if they changed. */
    public void apply(AppSettings saved) {
        lane.execute(() -> {
            settings = saved;
            wantRunning = true;
            reconcile(true);
        });
    }

    /**
     * A secret the app keeps outside the settings changed (signed in to or out of Plex): the
     * container is recreated with it if it runs or should.
     */
    public void credentialsChanged() {
        lane.execute(() -> {
            if (wantRunning && settings != null) {
                reconcile(true);
            }
        });
    }

    public void start() {
        lane.execute(() -> {
            wantRunning = true;
            reconcile(true);
        });
    }

    /** Stops the container; the returned future completes when it has stopped (or stopping failed). */
    public CompletableFuture<Void> stop() {
        return CompletableFuture.runAsync(() -> {
            wantRunning = false;
            cancelRetry();
            stopContainer();
        }, lane);
    }

    public void restart() {
        lane.execute(() -> {
            stopContainer();
            wantRunning = true;
            reconcile(true);
        });
    }

    private void reconcile(boolean userAsked) {
        cancelRetry();
        if (settings == null) {
            monitor.signal(new HealthSignal.Unconfigured());
            return;
        }
        try {
            engine = engines.get();
            if (userAsked) {
                monitor.resetCrashCount();
            }
            String image = deployment.image(engine, progress -> monitor.signal(new HealthSignal.BuildProgress(progress)));
            // Everything comes from the saved record itself (Save hands it over); the files it was written to are the provider's.
            // A replaced container's stop is ours: the monitor hears so before the engine reports its exit.
            ContainerState state = deployment.container(engine, image, settings.environment(), settings.pathRulesYaml(),
                    settings.providerPort(), configDir, dataDir,
                    replaced -> monitor.expectStop(replaced, PlannedStop.NEW_SETTINGS));
            if (containerId != null && !containerId.equals(state.id())) {
                // The old container is gone (an exited one says nothing when removed); its successor starts next.
                monitor.signal(new HealthSignal.ContainerReplacing());
            }
            containerId = state.id();
            monitor.watch(engine, containerId, settings.providerPort(), owner);
            connectedAt = clock.instant();
            bringTo(state, userAsked);
        } catch (EngineException.Unavailable e) {
            LOG.info("No container engine answers: {}", e.getMessage());
            engines.drop();
            monitor.signal(new HealthSignal.EngineDown(e.getMessage(), advice(e.problem())));
            retryLater();
        } catch (EngineException e) {
            LOG.warn("Cannot put the provider in place: {}", e.getMessage());
            FailureKind kind = e instanceof EngineException.BuildFailed ? FailureKind.BUILD : FailureKind.CONTAINER;
            monitor.signal(new HealthSignal.DeployFailed(kind, e.getMessage(), e.problem()));
        }
    }

    /** Starts or stops the container as wanted. A container stopped after a crash loop waits for the user. */
    private void bringTo(ContainerState state, boolean userAsked) throws EngineException {
        boolean up = state.running() || "restarting".equals(state.status());
        if (!wantRunning) {
            if (up) {
                stopContainer();
            } else {
                monitor.signal(new HealthSignal.ContainerStopped());
            }
            return;
        }
        if (up) {
            monitor.signal(new HealthSignal.ContainerRunning());
        } else if (userAsked || !(monitor.current() instanceof ProviderStatus.Crashed)) {
            engine.start(state.id());
            monitor.signal(new HealthSignal.ContainerRunning());
        }
        attempt = 0;
    }

    private void stopContainer() {
        if (containerId == null || engine == null) {
            return;
        }
        monitor.expectStop(containerId, PlannedStop.ASKED);
        try {
            engine.stop(containerId, STOP_GRACE);
            monitor.signal(new HealthSignal.ContainerStopped());
        } catch (EngineException.Unavailable e) {
            monitor.signal(new HealthSignal.EngineDown(e.getMessage(), advice(e.problem())));
        } catch (EngineException e) {
            LOG.warn("Cannot stop the provider container: {}", e.getMessage());
            monitor.signal(new HealthSignal.DeployFailed(FailureKind.CONTAINER, e.getMessage(), e.problem()));
        }
    }

    /** What the monitor reports back: the supervisor is the one that acts on the container. */
    private final HealthMonitor.Owner owner = new HealthMonitor.Owner() {
        @Override
        public void eventsLost() {
            ProviderSupervisor.this.eventsLost();
        }

        @Override
        public void crashLoop(String containerId) {
            lane.execute(() -> stopRestarting(containerId));
        }
    };

    /**
     * A crash loop: the engine's automatic restarts go off, and a restart it may already have pending is
     * cancelled by a stop. The monitor already shows the loop; these exits are its winding down.
     */
    private void stopRestarting(String id) {
        if (engine == null || !id.equals(containerId)) {
            return;   // replaced meanwhile: the new container starts with a fresh count
        }
        try {
            engine.setRestartPolicy(id, RestartPolicy.NO);
            engine.stop(id, CRASH_LOOP_STOP_GRACE);
        } catch (EngineException e) {
            LOG.warn("Cannot stop the crash loop of the provider container: {}", e.getMessage());
        }
    }

    /** Called by the monitor (on its lane) when the event stream ends: look again, soon but not at once. */
    private void eventsLost() {
        lane.execute(() -> {
            if (Duration.between(connectedAt, clock.instant()).compareTo(STABLE) > 0) {
                attempt = 0;
            }
            retryLater();
        });
    }

    private void retryLater() {
        Duration delay = retry.delay(++attempt);
        LOG.debug("Looking for the engine again in {}", delay);
        pendingRetry = timer.schedule(() -> lane.execute(() -> reconcile(false)), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void cancelRetry() {
        if (pendingRetry != null) {
            pendingRetry.cancel(false);
            pendingRetry = null;
        }
    }

    /** The container's log from {@code tail} lines back, live; for the log window (any thread). */
    public AutoCloseable followLogs(int tail, Consumer<String> line, Runnable ended) throws EngineException {
        ContainerEngine current = engine;
        String id = containerId;
        if (current == null || id == null) {
            throw new EngineException.NotFound("There is no provider container yet", null);
        }
        return current.followLogs(id, tail, line, ended);
    }

    /** What the user can do about no engine, from what the locator found. */
    static ProviderStatus.EngineAdvice advice(EngineProblem problem) {
        return switch (problem) {
            case EngineProblem.NoPermission p -> ProviderStatus.EngineAdvice.SOCKET_PERMISSION;
            case EngineProblem.EngineMissing m -> ProviderStatus.EngineAdvice.INSTALL_ENGINE;
            default -> ProviderStatus.EngineAdvice.START_ENGINE;
        };
    }
}
