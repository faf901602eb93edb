package dev.stash2plex.app.health;

import dev.stash2plex.app.docker.ContainerEngine;
import dev.stash2plex.app.docker.ContainerEvent;
import dev.stash2plex.app.docker.EngineException;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an unplanned exit of the provider container means: its exit code, whether memory ran out, its
 * last log lines, and — counted by the {@link CrashLoopGuard} — whether it makes a crash loop. It only
 * looks (inspect, logs): switching the restarts off is the container's owner's job, the supervisor's. Used
 * on the monitor's lane; it asks the engine, briefly.
 */
final class ContainerDeaths {

    private static final Logger LOG = LoggerFactory.getLogger(ContainerDeaths.class);
    private static final int LOG_LINES_KEPT = 40;

    private final CrashLoopGuard guard;
    private final Clock clock;

    ContainerDeaths(CrashLoopGuard guard, Clock clock) {
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * @param oomSeen whether the engine sent an {@code oom} event for this run
     * @param killSeen whether the engine sent a {@code kill} event we did not cause: someone stopped it
     *                 through the engine, which Docker treats as a manual stop (no restart follows)
     */
    HealthSignal.ContainerDied examine(ContainerEngine engine, ContainerEvent died, boolean oomSeen, boolean killSeen) {
        String id = died.containerId();
        int exitCode = died.exitCode() == null ? -1 : died.exitCode();
        boolean oom = oomSeen;
        try {
            oom |= engine.inspect(id).oomKilled();
        } catch (EngineException e) {
            LOG.debug("Cannot inspect the container that died: {}", e.getMessage());
        }
        // A kill is no crash: the engine does not restart it, so it cannot make a loop either.
        boolean loop = !killSeen && guard.died(clock.instant());
        LOG.warn("The provider container exited with code {}{}{}{}", exitCode, oom ? " (out of memory)" : "",
                killSeen ? " after a kill from outside the app; the engine leaves it stopped" : "",
                loop ? "; it keeps exiting, so its automatic restarts are to stop" : "");
        return new HealthSignal.ContainerDied(exitCode, oom, lastLines(engine, id), loop, killSeen);
    }

    /** A fresh count: the user asked for the provider again, or it is another container. */
    void reset() {
        guard.reset();
    }

    private static List<String> lastLines(ContainerEngine engine, String id) {
        try {
            return engine.logs(id, LOG_LINES_KEPT);
        } catch (EngineException e) {
            return List.of();
        }
    }
}
