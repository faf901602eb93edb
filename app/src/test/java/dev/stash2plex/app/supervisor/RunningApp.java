package dev.stash2plex.app.supervisor;

import dev.stash2plex.app.AppEnvironment;
import dev.stash2plex.app.Main;
import dev.stash2plex.app.autostart.Autostart;
import dev.stash2plex.app.docker.DockerJavaEngine;
import dev.stash2plex.app.docker.EngineCandidate;
import dev.stash2plex.app.docker.EngineException;
import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.notify.Notifier;
import dev.stash2plex.app.platform.AppDirs;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The app wired by {@link Main#wire} itself for a test: its files in {@code dirs}, a real engine found
 * by {@code engines}, a container and image of the test's own; records every status with the time it
 * arrived, and every notification the desktop would show. The windows are the test's business (without the toolkit started, there are none).
 */
public final class RunningApp implements AutoCloseable {

    public record Seen(Instant at, ProviderStatus status) {
    }

    public final Main.App app;
    public final ProviderSupervisor supervisor;
    public final List<Seen> seen = new CopyOnWriteArrayList<>();
    /**
     * The app's own {@link Notifier}, fed every status as the desktop shell feeds it, but announcing at once:
     * a wrong status that lasts only a moment is recorded here rather than hidden by the debounce.
     */
    public final List<Notifier.Notification> notifications = new CopyOnWriteArrayList<>();

    public RunningApp(EngineConnection.Locator engines, AppDirs dirs, String appVersion, String containerName) {
        app = Main.wire(new AppEnvironment(dirs, engines, appVersion,
                System.getProperty("stash2plex.runtime.base.image", ""), containerName, Autostart.none(), Locale.ENGLISH));
        supervisor = app.supervisor();
        supervisor.addListener(status -> seen.add(new Seen(Instant.now(), status)));
        // The monitor calls its listeners on its one lane: the notifier's one thread, as it requires.
        Notifier notifier = new Notifier(UserMessages.forLocale(Locale.ENGLISH), (delay, announce) -> {
            announce.run();
            return () -> { };
        }, Duration.ZERO, notifications::add);
        supervisor.addListener(notifier::status);
    }

    /** The engine behind a test's relay; any failure to reach it is the engine being unavailable. */
    static EngineConnection.Locator relayed(String endpoint) {
        return () -> connect(endpoint);
    }

    private static DockerJavaEngine connect(String endpoint) throws EngineException.Unavailable {
        try {
            return DockerJavaEngine.connect(new EngineCandidate("test relay", URI.create(endpoint), "Docker", null));
        } catch (EngineException.Unavailable e) {
            throw e;
        } catch (EngineException e) {
            throw new EngineException.Unavailable(e.getMessage(), e);
        }
    }

    /** Waits at most {@code limit} for a status; returns it with its arrival time, or fails with the history. */
    public Seen await(String what, Duration limit, Predicate<ProviderStatus> wanted) {
        int from = Math.max(0, seen.size() - 1);
        return Eventually.get(what, limit, () -> seen.subList(from, seen.size()).stream()
                .filter(s -> wanted.test(s.status())).findFirst().orElse(null), this::history);
    }

    /** The statuses so far, for a failure message. */
    public String history() {
        return "statuses seen: " + seen.stream().map(s -> s.status().getClass().getSimpleName()).toList()
                + (seen.isEmpty() ? "" : ", last " + seen.getLast().status());
    }

    /** Runs the docker CLI, for a test that inspects what the app made; returns its output. */
    public static String docker(String... args) {
        try {
            List<String> command = new java.util.ArrayList<>(List.of("docker"));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("docker " + String.join(" ", args) + " did not finish in 60 s");
            }
            return new String(process.getInputStream().readAllBytes()).strip();
        } catch (java.io.IOException e) {
            throw new AssertionError("Cannot run docker", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        app.close();
    }
}
