package dev.stash2plex.app.health;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code /health} probes of the container the {@link HealthMonitor} watches, timed by {@link ProbeSchedule}
 * from the latest status: none while nothing is watched or the container does not run. Each probe runs on
 * {@code io} and brings its answer back to the monitor's lane, to which the rest of this state is confined;
 * every reschedule starts a new generation, so an answer asked for in an earlier state is dropped as stale.
 */
final class ProbeLoop {

    // Logs as the monitor: it did before the probes got their own class, and the app's log reads as it did.
    private static final Logger LOG = LoggerFactory.getLogger(HealthMonitor.class);

    private final HealthCheck probe;
    private final ProbeSchedule schedule;
    private final WatchedContainer container;
    private final Executor lane;
    private final ScheduledExecutorService timer;
    private final Executor io;
    /** The monitor's: applies an answer on the lane and returns the status it led to. */
    private final Function<HealthSignal, ProviderStatus> apply;
    private final List<Consumer<SyncHealth>> syncListeners = new CopyOnWriteArrayList<>();
    /** The port of the provider that last answered a probe, for "Sync now"; null before the first. */
    private volatile Integer answeringPort;

    private ScheduledFuture<?> nextProbe;
    private int probeGeneration;
    private int probeFailures;

    ProbeLoop(HealthCheck probe, ProbeSchedule schedule, WatchedContainer container, Executor lane,
              ScheduledExecutorService timer, Executor io, Function<HealthSignal, ProviderStatus> apply) {
        this.probe = probe;
        this.schedule = schedule;
        this.container = container;
        this.lane = lane;
        this.timer = timer;
        this.io = io;
        this.apply = apply;
    }

    void addSyncListener(Consumer<SyncHealth> listener) {
        syncListeners.add(listener);
    }

    Optional<Integer> answeringPort() {
        return Optional.ofNullable(answeringPort);
    }

    /** The provider does not run: when it runs again, its misses are counted from none. */
    void forgetFailures() {
        probeFailures = 0;
    }

    /** Cancels the probe that was due and, when a container is watched, times the next one for this status. */
    void reschedule(ProviderStatus status) {
        if (nextProbe != null) {
            nextProbe.cancel(false);
            nextProbe = null;
        }
        int generation = ++probeGeneration;
        if (!container.watching()) {
            return;
        }
        // The port is read here, on the lane that owns it, not when the timer fires on its own thread.
        int port = container.port();
        schedule.next(status, probeFailures).ifPresent(delay -> nextProbe = timer.schedule(
                () -> io.execute(() -> probe(port, generation)), delay.toMillis(), TimeUnit.MILLISECONDS));
    }

    private void probe(int port, int generation) {
        HealthSignal result;
        try {
            result = new HealthSignal.Probed(probe.check(port));
        } catch (HealthProbe.ProbeException e) {
            result = new HealthSignal.ProbeFailed(e.getMessage(), -1);
        }
        HealthSignal answer = result;
        lane.execute(() -> answered(port, generation, answer));
    }

    private void answered(int port, int generation, HealthSignal answer) {
        if (generation != probeGeneration) {
            return;   // the state changed meanwhile; this answer is stale
        }
        HealthSignal signal = answer;
        if (answer instanceof HealthSignal.ProbeFailed failed) {
            signal = new HealthSignal.ProbeFailed(failed.why(), ++probeFailures);
        } else {
            probeFailures = 0;
        }
        ProviderStatus status = apply.apply(signal);
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
        reschedule(status);
    }
}
