package dev.stash2plex.app.supervisor;

import dev.stash2plex.app.AppEnvironment;
import dev.stash2plex.app.Main;
import dev.stash2plex.app.autostart.Autostart;
import dev.stash2plex.app.docker.DockerJavaEngine;
import dev.stash2plex.app.docker.EngineCandidate;
import dev.stash2plex.app.docker.EngineException;
import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.platform.AppDirs;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The app wired by {@link Main#wire} itself, against a real engine reached through {@code endpoint},
 * without its windows (the toolkit is not started); records every status with the time it arrived.
 */
final class RunningApp implements AutoCloseable {

    record Seen(Instant at, ProviderStatus status) {
    }

    final Main.App app;
    final ProviderSupervisor supervisor;
    final List<Seen> seen = new CopyOnWriteArrayList<>();

    RunningApp(String endpoint, AppDirs dirs, String appVersion, String containerName) {
        app = Main.wire(new AppEnvironment(dirs, () -> relayed(endpoint), appVersion,
                System.getProperty("stash2plex.runtime.base.image", ""), containerName, Autostart.none(), Locale.ENGLISH));
        supervisor = app.supervisor();
        supervisor.addListener(status -> seen.add(new Seen(Instant.now(), status)));
    }

    /** The engine behind the test's relay; any failure to reach it is the engine being unavailable. */
    static DockerJavaEngine relayed(String endpoint) throws EngineException.Unavailable {
        try {
            return DockerJavaEngine.connect(new EngineCandidate("test relay", URI.create(endpoint), "Docker", null));
        } catch (EngineException.Unavailable e) {
            throw e;
        } catch (EngineException e) {
            throw new EngineException.Unavailable(e.getMessage(), e);
        }
    }

    /** Waits at most {@code limit} for a status; returns it with its arrival time, or fails with the history. */
    Seen await(String what, Duration limit, Predicate<ProviderStatus> wanted) {
        Instant deadline = Instant.now().plus(limit);
        int from = seen.size();
        while (Instant.now().isBefore(deadline)) {
            for (int i = Math.max(0, from - 1); i < seen.size(); i++) {
                if (wanted.test(seen.get(i).status())) {
                    return seen.get(i);
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("Not within " + limit + ": " + what + "; statuses seen: "
                + seen.stream().map(s -> s.status().getClass().getSimpleName()).toList()
                + (seen.isEmpty() ? "" : ", last " + seen.getLast().status()));
    }

    @Override
    public void close() {
        app.close();
    }
}
