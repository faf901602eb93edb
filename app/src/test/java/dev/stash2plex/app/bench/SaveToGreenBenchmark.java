package dev.stash2plex.app.bench;

import dev.stash2plex.app.docker.EngineLocator;
import dev.stash2plex.app.docker.ProviderBundle;
import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.platform.AppDirs;
import dev.stash2plex.app.settings.AppSettings;
import dev.stash2plex.app.settings.LogLevel;
import dev.stash2plex.app.settings.Secret;
import dev.stash2plex.app.settings.SettingsStore;
import dev.stash2plex.app.supervisor.Eventually;
import dev.stash2plex.app.supervisor.RunningApp;
import dev.stash2plex.provider.testing.BridgeRelay;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.TestPorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Save → green (not a test): the whole app, wired by {@code Main.wire} with its windows and tray, on a
 * first run (no settings yet), then the user's Save as the form makes it — the settings file written,
 * the saved record handed to the supervisor — against a fake Stash on this host through a real Docker
 * engine. Prints, for the first Save (the provider image still to build from the bundled context) and
 * for {@code bench.rounds} later Saves that change a setting (the container recreated from the built
 * image), the time from Save to the tray's green, split at the statuses the app shows on the way.
 *
 * <p>Run under a display with a tray (Xvfb + trayer) and a Docker engine, with the installed launcher's
 * JVM options (the bench profile passes them):
 * {@code ./mvnw -q -pl app -am -Pbench -DskipTests -DskipITs -Dbench.main=dev.stash2plex.app.bench.SaveToGreenBenchmark package}.
 */
public final class SaveToGreenBenchmark {

    private SaveToGreenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 5);
        String key = "bench-" + UUID.randomUUID();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path config = Files.createTempDirectory("s2p-bench");
        String container = "s2p-bench-" + run;
        String version = "bench-" + run;
        try (FakeStash stash = FakeStash.startWithApiKey(key); BridgeRelay relay = BridgeRelay.onDocker0(stash.port())) {
            AppDirs dirs = new AppDirs(config, config.resolve("logs"), config);
            SettingsStore store = new SettingsStore(dirs, Clock.systemUTC());
            RunningApp running = new RunningApp(EngineLocator.forCurrentUser()::locate, dirs, version, container);
            CountDownLatch shown = new CountDownLatch(1);
            Platform.startup(() -> {
                running.app.shell().start(new Stage());   // first run: the settings window
                shown.countDown();
            });
            shown.await();
            AppSettings settings = AppSettings.defaults()
                    .withStash("http://host.docker.internal:" + relay.port(), new Secret(key))
                    .withProvider(TestPorts.free(), LogLevel.INFO);
            System.out.printf(Locale.ROOT, "Save → green, %s, %d cores%n", Runtime.version(),
                    Runtime.getRuntime().availableProcessors());
            System.out.println(save("first Save (provider image built from the bundled context)", running, store, settings));
            List<Long> later = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                settings = settings.withProvider(settings.providerPort(), i % 2 == 0 ? LogLevel.DEBUG : LogLevel.INFO);
                Timing timing = save("Save of a changed log level (container recreated)", running, store, settings);
                System.out.println(timing);
                later.add(timing.total().toMillis());
            }
            later.sort(Comparator.naturalOrder());
            System.out.printf(Locale.ROOT, "later Saves: median %d ms, min %d ms, max %d ms over %d%n",
                    later.get(later.size() / 2), later.getFirst(), later.getLast(), later.size());
            running.close();
            Platform.exit();
        } finally {
            // Nothing of the run stays behind: its container, its image, its settings (with the fake key).
            RunningApp.docker("rm", "-f", container);
            RunningApp.docker("rmi", "-f", ProviderBundle.fromSystemProperty().tag(version));
            try (var files = Files.walk(config)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        System.exit(0);
    }

    /** What Save does, timed: the file written, the record handed over, then the statuses until green. */
    private static Timing save(String what, RunningApp running, SettingsStore store, AppSettings settings) throws Exception {
        int from = running.seen.size();
        Instant clicked = Instant.now();
        store.save(settings);
        running.supervisor.apply(settings);
        // Green is the first Healthy after the new container started: the Healthy of the old one does not count.
        RunningApp.Seen green = Eventually.get(what, Duration.ofMinutes(5), () -> {
            List<RunningApp.Seen> since = running.seen.subList(from, running.seen.size());
            int started = indexOf(since, ProviderStatus.Starting.class, 0);
            int healthy = started < 0 ? -1 : indexOf(since, ProviderStatus.Healthy.class, started);
            return healthy < 0 ? null : since.get(healthy);
        }, running::history);
        List<RunningApp.Seen> after = running.seen.subList(from, running.seen.size());
        return new Timing(what, Duration.between(clicked, green.at()),
                first(after, ProviderStatus.Building.class).map(at -> Duration.between(clicked, at)),
                first(after, ProviderStatus.Starting.class).map(at -> Duration.between(clicked, at)));
    }

    private static int indexOf(List<RunningApp.Seen> seen, Class<? extends ProviderStatus> kind, int from) {
        for (int i = from; i < seen.size(); i++) {
            if (kind.isInstance(seen.get(i).status())) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<Instant> first(List<RunningApp.Seen> seen, Class<? extends ProviderStatus> kind) {
        return seen.stream().filter(s -> kind.isInstance(s.status())).map(RunningApp.Seen::at).findFirst();
    }

    private record Timing(String what, Duration total, Optional<Duration> building, Optional<Duration> starting) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: green after %d ms (Building shown at %s, Starting at %s)", what,
                    total.toMillis(), building.map(d -> d.toMillis() + " ms").orElse("—"),
                    starting.map(d -> d.toMillis() + " ms").orElse("—"));
        }
    }
}
