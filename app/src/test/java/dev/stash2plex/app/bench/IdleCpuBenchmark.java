package dev.stash2plex.app.bench;

import dev.stash2plex.app.docker.EngineLocator;
import dev.stash2plex.app.docker.ProviderBundle;
import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.platform.AppDirs;
import dev.stash2plex.app.settings.AppSettings;
import dev.stash2plex.app.settings.LogLevel;
import dev.stash2plex.app.settings.Secret;
import dev.stash2plex.app.settings.SettingsStore;
import dev.stash2plex.app.supervisor.RunningApp;
import dev.stash2plex.app.tray.TrayHost;
import dev.stash2plex.provider.testing.BridgeRelay;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.TestPorts;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Idle CPU of the desktop app (not a test): the whole app, wired by {@code Main.wire} and shown with
 * its tray icon, supervising a real provider container against a fake Stash on this host. Once the
 * provider is healthy it waits for the start-up work to settle, then measures the JVM's CPU time over a
 * window in which nobody touches anything — first as started, then after the Logs window was opened
 * and closed — and prints it as a share of one core, with resident memory and the busiest threads.
 * The fake Stash and the relay run in the same JVM; their threads are listed apart and left out of
 * the app's figure (the JIT and GC, which serve everyone, are counted as the app's).
 *
 * <p>Run under a display with a tray (Xvfb + trayer) and a Docker engine:
 * {@code ./mvnw -q -pl app -am -Pbench -DskipTests package}. Options as system properties:
 * {@code bench.seconds} (each window, default 60), {@code bench.settle} (seconds before each, 30).
 */
public final class IdleCpuBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private IdleCpuBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Duration window = Duration.ofSeconds(Long.getLong("bench.seconds", 60));
        Duration settle = Duration.ofSeconds(Long.getLong("bench.settle", 30));
        String key = "bench-" + UUID.randomUUID();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path config = Files.createTempDirectory("s2p-bench");
        try (FakeStash stash = FakeStash.startWithApiKey(key); BridgeRelay relay = BridgeRelay.onDocker0(stash.port())) {
            AppDirs dirs = new AppDirs(config, config.resolve("logs"), config);
            new SettingsStore(dirs, Clock.systemUTC()).save(AppSettings.defaults()
                    .withStash("http://host.docker.internal:" + relay.port(), new Secret(key))
                    .withProvider(TestPorts.free(), LogLevel.INFO));
            String container = "s2p-bench-" + run;
            String version = "bench-" + run;
            RunningApp running = new RunningApp(EngineLocator.forCurrentUser()::locate, dirs, version, container);
            CountDownLatch shown = new CountDownLatch(1);
            Platform.startup(() -> {
                running.app.shell().start(new Stage());
                shown.countDown();
            });
            shown.await();
            running.await("healthy", Duration.ofMinutes(5), ProviderStatus.Healthy.class::isInstance);
            System.out.printf("Desktop app: provider healthy; %s settling, then %s windows, nobody touching anything%n%n",
                    settle, window);
            System.out.println(measure("as started, no window opened", settle, window));
            openAndCloseLogs();
            System.out.println(measure("after the Logs window was opened and closed", settle, window));
            running.close();
            Platform.exit();
            // Nothing of the run stays behind: its container, its image, its settings (with the fake key).
            RunningApp.docker("rm", "-f", container);
            RunningApp.docker("rmi", "-f", ProviderBundle.fromSystemProperty().tag(version));
        } finally {
            try (var files = Files.walk(config)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        System.exit(0);
    }

    /** What a user does: Logs… from the tray menu, a look, then the window closed. */
    private static void openAndCloseLogs() throws Exception {
        TrayHost.chooseFromMenu("Logs\u2026");
        Thread.sleep(5000);   // the behaviour measured: the window open, followed, while the user reads it
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            Window.getWindows().stream().filter(Window::isShowing).toList().forEach(Window::hide);
            closed.countDown();
        });
        closed.await();
    }

    private static String measure(String situation, Duration settle, Duration window) throws InterruptedException {
        Thread.sleep(settle.toMillis());   // the behaviour measured: the app left alone to settle into idle
        long processBefore = OS.getProcessCpuTime();
        Map<String, Long> before = threadTimes();
        Thread.sleep(window.toMillis());   // the behaviour measured: the CPU the idle app uses over this window
        long process = OS.getProcessCpuTime() - processBefore;
        Map<String, Long> used = new TreeMap<>();
        threadTimes().forEach((name, time) -> {
            long delta = time - before.getOrDefault(name, 0L);
            if (delta > 0) {
                used.merge(name, delta, Long::sum);
            }
        });
        long harness = used.entrySet().stream().filter(e -> isHarness(e.getKey())).mapToLong(Map.Entry::getValue).sum();
        long app = process - harness;
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%s: app %.2f s of CPU in %d s = %.2f%% of one core (fake Stash and relay %.2f s); resident %d MiB, %d threads%n",
                situation, app / 1e9, window.toSeconds(), 100.0 * app / window.toNanos(), harness / 1e9, residentMiB(),
                THREADS.getThreadCount()));
        used.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8).forEach(e ->
                report.append(String.format(Locale.ROOT, "    %-44s %6.3f s%s%n", e.getKey(), e.getValue() / 1e9,
                        isHarness(e.getKey()) ? "  (harness)" : "")));
        report.append(String.format(Locale.ROOT, "    %-44s %6.3f s%n", "JIT, GC and other VM threads",
                Math.max(0, process - used.values().stream().mapToLong(Long::longValue).sum()) / 1e9));
        return report.toString();
    }

    /** CPU time per thread name (numbered pool threads folded into one), platform threads only. */
    private static Map<String, Long> threadTimes() {
        Map<String, Long> times = new TreeMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null) {
                long time = THREADS.getThreadCpuTime(info.getThreadId());
                if (time > 0) {
                    times.merge(info.getThreadName().replaceAll("-\\d+$", "-N"), time, Long::sum);
                }
            }
        }
        return times;
    }

    /** Threads of the fake Stash (the JDK's HTTP server) and the relay: this harness, not the app. */
    private static boolean isHarness(String thread) {
        return thread.startsWith("HTTP-Dispatcher") || thread.startsWith("bridge-relay") || thread.startsWith("fake-stash");
    }

    private static long residentMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (java.io.IOException e) {
            return -1;
        }
        return -1;
    }
}
