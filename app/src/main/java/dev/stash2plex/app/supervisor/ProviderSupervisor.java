package dev.stash2plex.app.supervisor;

import dev.stash2plex.app.docker.ContainerEngine;
import dev.stash2plex.app.docker.ContainerState;
import dev.stash2plex.app.docker.EngineException;
import dev.stash2plex.app.docker.EngineProblem;
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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the provider container in the state the user wants: the saved settings record (its one input;
 * the env file it was saved to is never read back) → image → container → health. It is the container's one
 * commander: the {@link HealthMonitor} only observes and reports back through its {@link HealthMonitor.Owner}. Every command runs on one serial {@code lane} (a build may take minutes; the
 * caller never waits), so the fields are confined to it. Failures of the engine are retried quietly
 * with back-off ({@link EngineRetry}); everything else waits for the user. What it does to the container once
 * it is in place is {@link ContainerInPlace}'s. Publishes {@link ProviderStatus} through the {@link HealthMonitor}.
 */
public final class ProviderSupervisor {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderSupervisor.class);

    private final EngineConnection engines;
    private final Deployment deployment;
    private final HealthMonitor monitor;
    private final Path configDir;
    private final Path dataDir;
    private final Executor lane;
    private final EngineRetry retry;
    private final ContainerInPlace container;

    private AppSettings settings;
    private boolean wantRunning = true;

    public ProviderSupervisor(EngineConnection engines, Deployment deployment, HealthMonitor monitor, Path configDir,
                              Path dataDir, Backoff retry, Executor lane, ScheduledExecutorService timer,
                              Clock clock) {
        this.engines = engines;
        this.deployment = deployment;
        this.monitor = monitor;
        this.configDir = configDir;
        this.dataDir = dataDir;
        this.lane = lane;
        this.retry = new EngineRetry(retry, lane, timer, clock, () -> reconcile(false));
        this.container = new ContainerInPlace(monitor);
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
            retry.cancel();
            container.stop();
        }, lane);
    }

    public void restart() {
        lane.execute(() -> {
            container.stop();
            wantRunning = true;
            reconcile(true);
        });
    }

    private void reconcile(boolean userAsked) {
        retry.cancel();
        if (settings == null) {
            monitor.signal(new HealthSignal.Unconfigured());
            return;
        }
        try {
            ContainerEngine engine = engines.get();
            container.use(engine);
            if (userAsked) {
                monitor.resetCrashCount();
            }
            String image = deployment.image(engine, progress -> monitor.signal(new HealthSignal.BuildProgress(progress)));
            // Everything comes from the saved record itself (Save hands it over); the files it was written to are the provider's.
            // A replaced container's stop is ours: the monitor hears so before the engine reports its exit.
            ContainerState state = deployment.container(engine, image, settings.environment(), settings.pathRulesYaml(),
                    settings.providerPort(), configDir, dataDir,
                    replaced -> monitor.expectStop(replaced, PlannedStop.NEW_SETTINGS));
            if (container.place(state.id())) {
                // The old container is gone (an exited one says nothing when removed); its successor starts next.
                monitor.signal(new HealthSignal.ContainerReplacing());
            }
            monitor.watch(engine, state.id(), settings.providerPort(), owner);
            retry.connected();
            bringTo(state, userAsked);
        } catch (EngineException.Unavailable e) {
            LOG.info("No container engine answers: {}", e.getMessage());
            engines.drop();
            monitor.signal(new HealthSignal.EngineDown(e.getMessage(), advice(e.problem())));
            retry.later();
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
                container.stop();
            } else {
                monitor.signal(new HealthSignal.ContainerStopped());
            }
            return;
        }
        if (up) {
            monitor.signal(new HealthSignal.ContainerRunning());
        } else if (userAsked || !(monitor.current() instanceof ProviderStatus.Crashed)) {
            container.start();
            monitor.signal(new HealthSignal.ContainerRunning());
        }
        retry.succeeded();
    }

    /** What the monitor reports back: the supervisor is the one that acts on the container. */
    private final HealthMonitor.Owner owner = new HealthMonitor.Owner() {
        /** On the monitor's lane: look again on ours, soon but not at once. */
        @Override
        public void eventsLost() {
            lane.execute(retry::afterEventsLost);
        }

        @Override
        public void crashLoop(String containerId) {
            lane.execute(() -> container.stopCrashLoop(containerId));
        }
    };

    /** The container's log from {@code tail} lines back, live; for the log window (any thread). */
    public AutoCloseable followLogs(int tail, Consumer<String> line, Runnable ended) throws EngineException {
        return container.followLogs(tail, line, ended);
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
