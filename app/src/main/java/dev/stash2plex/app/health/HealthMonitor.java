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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds one {@link StatusMachine} from three sources: the supervisor's own steps, the engine's event
 * stream for the watched container, and {@code /health} probes. Every input is handled on one serial
 * {@code lane}, so the fields here are confined to it; probes run on {@code io} and post their answer
 * back. It only observes: whatever must be done to the container (switching a crash loop's restarts off,
 * looking again after the event stream ended) is its {@link Owner}'s, the supervisor's, to do. Probes are timed by {@link ProbeSchedule}: none while the container does not run, so an idle
 * app wakes only every few seconds, and only while the provider runs.
 */
public final class HealthMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HealthMonitor.class);

    private final HealthCheck probe;
    private final ProbeSchedule schedule;
    private final ContainerDeaths deaths;
    private final Executor lane;
    private final ScheduledExecutorService timer;
    private final Executor io;
    private final List<Consumer<ProviderStatus>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<SyncHealth>> syncListeners = new CopyOnWriteArrayList<>();
    /** The port of the provider that last answered a probe, for "Sync now"; null before the first. */
    private volatile Integer answeringPort;

    private volatile ProviderStatus status = new ProviderStatus.NotConfigured();
    private Watched watched;
    private AutoCloseable events;
    private Owner owner = Owner.NONE;
    private ScheduledFuture<?> nextProbe;
    private int probeGeneration;
    private int probeFailures;
    /** The stop the supervisor announced, until the container it names starts again; null when none. */
    private ExpectedStop expectedStop;
    private boolean oomSeen;
    /** A kill we did not ask for came before the next exit: Docker will not restart the container. */
    private boolean killSeen;
    /** Set once a crash loop was stopped: the exits that follow are the loop winding down, not news. */
    private boolean loopStopped;

    private record Watched(ContainerEngine engine, String containerId, int port) {
    }

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

    private record ExpectedStop(String containerId, PlannedStop why) {
    }

    public HealthMonitor(HealthCheck probe, ProbeSchedule schedule, CrashLoopGuard guard,
                         Executor lane, ScheduledExecutorService timer, Executor io, Clock clock) {
        this.probe = probe;
        this.schedule = schedule;
        this.deaths = new ContainerDeaths(guard, clock);
        this.lane = lane;
        this.timer = timer;
        this.io = io;
    }

    /** Called with each new status, on the monitor's lane: hand it on, do not block. */
    public void addListener(Consumer<ProviderStatus> listener) {
        listeners.add(listener);
    }

    /** Called with the Plex sync's state after each answered probe, on the monitor's lane: hand it on, do not block. */
    public void addSyncListener(Consumer<SyncHealth> listener) {
        syncListeners.add(listener);
    }

    /** The loopback port of the provider that last answered, if any. */
    public Optional<Integer> answeringPort() {
        return Optional.ofNullable(answeringPort);
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
            closeEvents();
            events = subscription;
            this.owner = Objects.requireNonNull(owner);
            if (watched == null || !watched.containerId().equals(containerId)) {
                deaths.reset();
            }
            watched = new Watched(engine, containerId, port);
        });
    }

    /**
     * The supervisor is about to stop this container itself: its exit is ours, not a crash nor a stop from
     * outside the app. Called before the stop, so the expectation is on the lane ahead of the exit's events.
     * Only that container's exit is covered, so a replacement that dies later is still a crash.
     */
    public void expectStop(String containerId, PlannedStop why) {
        ExpectedStop expected = new ExpectedStop(Objects.requireNonNull(containerId), Objects.requireNonNull(why));
        lane.execute(() -> expectedStop = expected);
    }

    /** The user asked for the provider again: forget earlier crashes. */
    public void resetCrashCount() {
        lane.execute(deaths::reset);
    }

    private void onEvent(ContainerEvent event) {
        if (watched == null || !watched.containerId().equals(event.containerId())) {
            return;   // an older container of ours (being replaced), or another managed one
        }
        PlannedStop planned = expectedStop != null && expectedStop.containerId().equals(event.containerId())
                ? expectedStop.why() : null;
        switch (event.action()) {
            case "start" -> {
                expectedStop = null;
                oomSeen = false;
                killSeen = false;
                loopStopped = false;
                apply(new HealthSignal.ContainerRunning());
            }
            case "oom" -> oomSeen = true;
            case "kill" -> killSeen |= planned == null;
            case "die" -> onDie(event, planned);
            case "destroy" -> {
                if (planned == null && !loopStopped) {
                    apply(new HealthSignal.ContainerStopped());
                }
            }
            default -> LOG.debug("Container event {}", event.action());
        }
    }

    private void onDie(ContainerEvent event, PlannedStop planned) {
        if (loopStopped) {
            return;
        }
        if (planned != null) {
            LOG.info("The provider container stopped {} (exit code {})", planned.reason(),
                    event.exitCode() == null ? "unknown" : event.exitCode());
            apply(planned.signal());
            return;
        }
        HealthSignal.ContainerDied died = deaths.examine(watched.engine(), event, oomSeen, killSeen);
        killSeen = false;
        // The exits that follow a stopped loop are the loop winding down (the engine's pending restart).
        loopStopped = died.restartsStopped();
        if (loopStopped) {
            owner.crashLoop(event.containerId());
        }
        apply(died);
    }

    private void onEventsEnded(String containerId, Throwable failure) {
        if (watched == null || !watched.containerId().equals(containerId)) {
            return;   // a subscription we replaced
        }
        LOG.info("The engine's event stream ended{}", failure == null ? "" : ": " + failure.getMessage());
        closeEvents();
        owner.eventsLost();
    }

    private void apply(HealthSignal signal) {
        ProviderStatus next = StatusMachine.next(status, signal);
        if (!StatusMachine.isRunning(next)) {
            probeFailures = 0;
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
            rescheduleProbe();
        }
    }

    /** One listener's failure must not keep the others from hearing, nor stop the probes. */
    private static void tell(Consumer<ProviderStatus> listener, ProviderStatus status) {
        try {
            listener.accept(status);
        } catch (RuntimeException e) {
            LOG.error("A status listener failed on {}", status.getClass().getSimpleName(), e);
        }
    }

    private void rescheduleProbe() {
        if (nextProbe != null) {
            nextProbe.cancel(false);
            nextProbe = null;
        }
        int generation = ++probeGeneration;
        if (watched == null) {
            return;
        }
        schedule.next(status, probeFailures).ifPresent(delay -> nextProbe = timer.schedule(
                () -> io.execute(() -> probe(watched.port(), generation)), delay.toMillis(), TimeUnit.MILLISECONDS));
    }

    private void probe(int port, int generation) {
        HealthSignal result;
        try {
            result = new HealthSignal.Probed(probe.check(port));
        } catch (HealthProbe.ProbeException e) {
            result = new HealthSignal.ProbeFailed(e.getMessage(), -1);
        }
        HealthSignal answer = result;
        lane.execute(() -> {
            if (generation != probeGeneration) {
                return;   // the state changed meanwhile; this answer is stale
            }
            HealthSignal signal = answer;
            if (answer instanceof HealthSignal.ProbeFailed failed) {
                signal = new HealthSignal.ProbeFailed(failed.why(), ++probeFailures);
            } else {
                probeFailures = 0;
            }
            apply(signal);
            if (answer instanceof HealthSignal.Probed probed) {
                answeringPort = port;
                SyncHealth sync = probed.health().sync();
                syncListeners.forEach(listener -> {
                    try {
                        listener.accept(sync);
                    } catch (RuntimeException e) {
                        LOG.error("A sync listener failed", e);
                    }
                });
            }
            rescheduleProbe();
        });
    }

    private void closeEvents() {
        if (events != null) {
            try {
                events.close();
            } catch (Exception e) {
                LOG.debug("Closing the event stream: {}", e.getMessage());
            }
            events = null;
        }
    }

    /** The latest status; for tests and the first paint (listeners get every later one). */
    public ProviderStatus current() {
        return status;
    }

    @Override
    public void close() {
        lane.execute(() -> {
            closeEvents();
            watched = null;
            rescheduleProbe();
        });
    }
}
