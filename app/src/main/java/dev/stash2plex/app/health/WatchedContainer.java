package dev.stash2plex.app.health;

import dev.stash2plex.app.docker.ContainerEngine;
import dev.stash2plex.app.docker.ContainerEvent;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The container the {@link HealthMonitor} watches and what its events have said: which container (and the
 * engine and port that reach it), its event subscription, the stop the supervisor announced, and what the
 * current run showed (an {@code oom}, a kill from outside, a crash loop already stopped). It reads each event
 * into the signal it means and only looks, never acts: acting is the monitor's {@link HealthMonitor.Owner}'s.
 * Confined to the monitor's lane: a probe is handed the port when it is scheduled there.
 */
final class WatchedContainer {

    // The monitor's name: these lines were the monitor's before it was split, and the app's log keeps them as they were.
    private static final Logger LOG = LoggerFactory.getLogger(HealthMonitor.class);

    private final ContainerDeaths deaths;
    private Watched watched;
    private AutoCloseable events;
    /** The stop the supervisor announced, until the container it names starts again; null when none. */
    private ExpectedStop expectedStop;
    private boolean oomSeen;
    /** A kill we did not ask for came before the next exit: Docker will not restart the container. */
    private boolean killSeen;
    /** Set once a crash loop was stopped: the exits that follow are the loop winding down, not news. */
    private boolean loopStopped;

    private record Watched(ContainerEngine engine, String containerId, int port) {
    }

    private record ExpectedStop(String containerId, PlannedStop why) {
    }

    WatchedContainer(ContainerDeaths deaths) {
        this.deaths = deaths;
    }

    /** This container from now on, through this subscription (the previous one ends); another container's crashes count afresh. */
    void watch(ContainerEngine engine, String containerId, int port, AutoCloseable subscription) {
        closeEvents();
        events = subscription;
        if (!is(containerId)) {
            deaths.reset();
        }
        watched = new Watched(engine, containerId, port);
    }

    /** Whether this is the container watched: events and subscriptions of any other are stale. */
    boolean is(String containerId) {
        return watched != null && watched.containerId().equals(containerId);
    }

    boolean watching() {
        return watched != null;
    }

    /** The watched provider's loopback port; only while {@link #watching()}. */
    int port() {
        return watched.port();
    }

    /** The supervisor stops this container next; the announcement holds until that container starts again. */
    void expectStop(String containerId, PlannedStop why) {
        expectedStop = new ExpectedStop(containerId, why);
    }

    /** A fresh count for the crash-loop guard. */
    void resetCrashCount() {
        deaths.reset();
    }

    /** What this event means for the status; empty when it is another container's or news of nothing yet. */
    Optional<HealthSignal> read(ContainerEvent event) {
        if (!is(event.containerId())) {
            return Optional.empty();   // an older container of ours (being replaced), or another managed one
        }
        PlannedStop planned = expectedStop != null && expectedStop.containerId().equals(event.containerId())
                ? expectedStop.why() : null;
        switch (event.action()) {
            case "start" -> {
                expectedStop = null;
                oomSeen = false;
                killSeen = false;
                loopStopped = false;
                return Optional.of(new HealthSignal.ContainerRunning());
            }
            case "oom" -> oomSeen = true;
            case "kill" -> killSeen |= planned == null;
            case "die" -> {
                return died(event, planned);
            }
            case "destroy" -> {
                if (planned == null && !loopStopped) {
                    return Optional.of(new HealthSignal.ContainerStopped());
                }
            }
            default -> LOG.debug("Container event {}", event.action());
        }
        return Optional.empty();
    }

    private Optional<HealthSignal> died(ContainerEvent event, PlannedStop planned) {
        if (loopStopped) {
            return Optional.empty();
        }
        if (planned != null) {
            LOG.info("The provider container stopped {} (exit code {})", planned.reason(),
                    event.exitCode() == null ? "unknown" : event.exitCode());
            return Optional.of(planned.signal());
        }
        HealthSignal.ContainerDied died = deaths.examine(watched.engine(), event, oomSeen, killSeen);
        killSeen = false;
        // The exits that follow a stopped loop are the loop winding down (the engine's pending restart).
        loopStopped = died.restartsStopped();
        return Optional.of(died);
    }

    /** Nothing is watched any more: the subscription ends, and no probe has a port to ask. */
    void stopWatching() {
        closeEvents();
        watched = null;
    }

    void closeEvents() {
        if (events != null) {
            try {
                events.close();
            } catch (Exception e) {
                LOG.debug("Closing the event stream: {}", e.getMessage());
            }
            events = null;
        }
    }
}
