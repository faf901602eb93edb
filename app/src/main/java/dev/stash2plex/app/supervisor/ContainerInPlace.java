package dev.stash2plex.app.supervisor;

import dev.stash2plex.app.docker.ContainerEngine;
import dev.stash2plex.app.docker.EngineException;
import dev.stash2plex.app.docker.RestartPolicy;
import dev.stash2plex.app.health.HealthMonitor;
import dev.stash2plex.app.health.HealthSignal;
import dev.stash2plex.app.health.PlannedStop;
import dev.stash2plex.app.health.ProviderStatus.FailureKind;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider container the {@link ProviderSupervisor} last put in place and the engine it runs in, with what
 * the supervisor does to it once it is there: start it, stop it as asked (the monitor hears of the stop first),
 * end a crash loop, and follow its log for the log window. Written on the supervisor's lane only; volatile
 * because the log window's thread reads it too.
 */
final class ContainerInPlace {

    // Logs as the supervisor: these lines were its own before the container got a class, and the app's log reads as it did.
    private static final Logger LOG = LoggerFactory.getLogger(ProviderSupervisor.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    /** A container in a crash loop has nothing to finish: a short grace. */
    private static final Duration CRASH_LOOP_STOP_GRACE = Duration.ofSeconds(2);

    private final HealthMonitor monitor;
    private volatile ContainerEngine engine;
    private volatile String containerId;

    ContainerInPlace(HealthMonitor monitor) {
        this.monitor = monitor;
    }

    /** The engine found for this attempt; the container stays the one in place until another replaces it. */
    void use(ContainerEngine found) {
        engine = found;
    }

    /**
     * This container is the one in place now; true when it replaced another, whose removal the engine does not
     * report when it had already exited.
     */
    boolean place(String id) {
        boolean replaced = containerId != null && !containerId.equals(id);
        containerId = id;
        return replaced;
    }

    void start() throws EngineException {
        engine.start(containerId);
    }

    /** Stops it as asked; nothing when none is in place. */
    void stop() {
        if (containerId == null || engine == null) {
            return;
        }
        monitor.expectStop(containerId, PlannedStop.ASKED);
        try {
            engine.stop(containerId, STOP_GRACE);
            monitor.signal(new HealthSignal.ContainerStopped());
        } catch (EngineException.Unavailable e) {
            monitor.signal(new HealthSignal.EngineDown(e.getMessage(), ProviderSupervisor.advice(e.problem())));
        } catch (EngineException e) {
            LOG.warn("Cannot stop the provider container: {}", e.getMessage());
            monitor.signal(new HealthSignal.DeployFailed(FailureKind.CONTAINER, e.getMessage(), e.problem()));
        }
    }

    /**
     * A crash loop: the engine's automatic restarts go off, and a restart it may already have pending is
     * cancelled by a stop. The monitor already shows the loop; these exits are its winding down.
     */
    void stopCrashLoop(String id) {
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

    /** Reads both fields once, so a container replaced meanwhile is never asked under the other's engine. */
    AutoCloseable followLogs(int tail, Consumer<String> line, Runnable ended) throws EngineException {
        ContainerEngine current = engine;
        String id = containerId;
        if (current == null || id == null) {
            throw new EngineException.NotFound("There is no provider container yet", null);
        }
        return current.followLogs(id, tail, line, ended);
    }
}
