package dev.stash2plex.app.supervisor;

import dev.stash2plex.app.docker.DockerJavaEngine;
import dev.stash2plex.app.docker.EngineCandidate;
import dev.stash2plex.app.docker.EngineException;
import dev.stash2plex.app.docker.ProviderBundle;
import dev.stash2plex.app.fx.BackgroundExecutors;
import dev.stash2plex.app.health.Backoff;
import dev.stash2plex.app.health.CrashLoopGuard;
import dev.stash2plex.app.health.HealthMonitor;
import dev.stash2plex.app.health.HealthProbe;
import dev.stash2plex.app.health.ProbeSchedule;
import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.platform.AppDirs;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The app's supervision half wired exactly as {@code Main} wires it, against a real engine reached
 * through {@code endpoint}; records every status with the time it arrived.
 */
final class RunningApp implements AutoCloseable {

    record Seen(Instant at, ProviderStatus status) {
    }

    final BackgroundExecutors executors = new BackgroundExecutors();
    final HealthMonitor monitor;
    final ProviderSupervisor supervisor;
    final EngineConnection engines;
    final List<Seen> seen = new CopyOnWriteArrayList<>();

    RunningApp(String endpoint, AppDirs dirs, String appVersion, String containerName) {
        monitor = new HealthMonitor(HealthProbe.withDefaultClient(), ProbeSchedule.standard(), CrashLoopGuard.standard(),
                executors.serial("it-health"), executors.timer(), executors.io(), Clock.systemUTC());
        engines = new EngineConnection(() -> {
            try {
                return DockerJavaEngine.connect(new EngineCandidate("test relay", URI.create(endpoint), "Docker", null));
            } catch (EngineException.Unavailable e) {
                throw e;
            } catch (EngineException e) {
                throw new EngineException.Unavailable(e.getMessage(), e);
            }
        });
        supervisor = new ProviderSupervisor(engines, new DockerDeployment(ProviderBundle::fromSystemProperty, appVersion,
                System.getProperty("s2p.runtime.base.image", ""), containerName), monitor, new EnvSource(dirs.envFile()),
                dirs.providerConfigDir(), new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10), 2),
                executors.serial("it-supervisor"), executors.timer(), Clock.systemUTC());
        supervisor.addListener(status -> seen.add(new Seen(Instant.now(), status)));
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
                + seen.stream().map(s -> s.status().getClass().getSimpleName()).toList() + ", last " + monitor.current());
    }

    @Override
    public void close() {
        monitor.close();
        executors.close();
        engines.close();
    }
}
