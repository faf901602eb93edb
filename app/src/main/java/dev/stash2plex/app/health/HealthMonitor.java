package dev.stash2plex.app.health;

import dev.stash2plex.app.docker.ContainerEngine;
import dev.stash2plex.app.docker.ContainerEvent;
import dev.stash2plex.app.docker.EngineException;
import dev.stash2plex.app.docker.Labels;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds one {@link StatusMachine} from three sources: the supervisor's own steps, the engine's event
 * stream for the watched container (read by {@link WatchedContainer}), and {@code /health} probes
 * ({@link ProbeLoop}). Every input is handled on one serial {@code lane}, so the fields here and theirs are
 * confined to it; probes run on {@code io} and post their answer back. It only observes: whatever must be
 * done to the container (switching a crash loop's restarts off, looking again after the event stream ended)
 * is its {@link Owner}'s, the supervisor's, to do. Probes are timed by {@link ProbeSchedule}: none while the
 * container does not run, so an idle app wakes only every few seconds, and only while the provider runs.
 */
public final class HealthMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HealthMonitor.class);

    private final Executor lane;
    private final WatchedContainer container;
    private final ProbeLoop probes;
    private final List<Consumer<ProviderStatus>> listeners = new CopyOnWriteArrayList<>();

    private volatile ProviderStatus status = new ProviderStatus.NotConfigured();
    private Owner owner = Owner.NONE;

    /** What the monitor tells the one that commands the container; called on the monitor's lane: hand on, do not block. */
    public interface Owner {
        Owner NONE = new Owner() {
            @Override
            public void eventsLost() {
            }

            @Override
            public void crashLoop(String containerId) {
            }
        };

        /** The engine's event stream ended (usually: the engine went away); look again. */
        void eventsLost();

        /** This container keeps exiting ({@link CrashLoopGuard}): switch its automatic restarts off. */
        void crashLoop(String containerId);
    }

    public HealthMonitor(HealthCheck probe, ProbeSchedule schedule, CrashLoopGuard guard,
                         Executor lane, ScheduledExecutorService timer, Executor io, Clock clock) {
        this.lane = lane;
        this.container = new WatchedContainer(new ContainerDeaths(guard, clock));
        this.probes = new ProbeLoop(probe, schedule, container, lane, timer, io, this::apply);
    }

    /** Called with each new status, on the monitor's lane: hand it on, do not block. */
    public void addListener(Consumer<ProviderStatus> listener) {
        listeners.add(listener);
    }

    /** Called with the Plex sync's state after each answered probe, on the monitor's lane: hand it on, do not block. */
    public void addSyncListener(Consumer<SyncHealth> listener) {
        probes.addSyncListener(listener);
    }

    /** The loopback port of the provider that last answered, if any. */
    public Optional<Integer> answeringPort() {
        return probes.answeringPort();
    }

    /** A step of the supervisor's (building, engine down, stopped on purpose…). */
    public void signal(HealthSignal signal) {
        lane.execute(() -> apply(signal));
    }

    /**
     * Watches this container from now on: subscribes to its events (the previous subscription ends);
     * {@code owner} hears what needs doing about it.
     */
    public void watch(ContainerEngine engine, String containerId, int port, Owner owner) throws EngineException {
        AutoCloseable subscription = engine.events(Map.of(Labels.MANAGED, "true"),
                event -> lane.execute(() -> onEvent(event)),
                failure -> lane.execute(() -> onEventsEnded(containerId, failure)));
        lane.execute(() -> {
            this.owner = Objects.requireNonNull(owner);
            container.watch(engine, containerId, port, subscription);
        });
    }

    /**
     * The supervisor is about to stop this container itself: its exit is ours, not a crash nor a stop from
     * outside the app. Called before the stop, so the expectation is on the lane ahead of the exit's events.
     * Only that container's exit is covered, so a replacement that dies later is still a crash.
     */
    public void expectStop(String containerId, PlannedStop why) {
        Objects.requireNonNull(containerId);
        Objects.requireNonNull(why);
        lane.execute(() -> container.expectStop(containerId, why));
    }

    /** The user asked for the provider again: forget earlier crashes. */
    public void resetCrashCount() {
        lane.execute(container::resetCrashCount);
    }

    private void onEvent(ContainerEvent event) {
        container.read(event).ifPresent(signal -> {
            if (signal instanceof HealthSignal.ContainerDied died && died.restartsStopped()) {
                owner.crashLoop(event.containerId());
            }
            apply(signal);
        });
    }

    private void onEventsEnded(String containerId, Throwable failure) {
        if (!container.is(containerId)) {
            return;   // a subscription we replaced
        }
        LOG.info("The engine's event stream ended{}", failure == null ? "" : ": " + failure.getMessage());
        container.closeEvents();
        owner.eventsLost();
    }

    /** Moves the status on by one signal; returns the status it led to (the probes time their next from it). */
    private ProviderStatus apply(HealthSignal signal) {
        ProviderStatus next = StatusMachine.next(status, signal);
        if (!StatusMachine.isRunning(next)) {
            probes.forgetFailures();
        }
        if (!next.equals(status)) {
            // One line per change of state: a build's progress is a new Building each line, not news for the log.
            if (next.getClass() != status.getClass()) {
                LOG.info("Provider status: {}", next.getClass().getSimpleName());
            }
            status = next;
            listeners.forEach(listener -> tell(listener, next));
        }
        if (!(signal instanceof HealthSignal.Probed) && !(signal instanceof HealthSignal.ProbeFailed)) {
            probes.reschedule(status);
        }
        return status;
    }

    /** One listener's failure must not keep the others from hearing, nor stop the probes. */
    private static void tell(Consumer<ProviderStatus> listener, ProviderStatus status) {
        try {
            listener.accept(status);
        } catch (RuntimeException e) {
            LOG.error("A status listener failed on {}", status.getClass().getSimpleName(), e);
        }
    }

    /** The latest status; for tests and the first paint (listeners get every later one). */
    public ProviderStatus current() {
        return status;
    }

    @Override
    public void close() {
        lane.execute(() -> {
            container.stopWatching();
            probes.reschedule(status);
        });
    }
}
