package dev.stash2plex.provider.bench;

import dev.stash2plex.provider.testing.BridgeRelay;
import dev.stash2plex.provider.testing.FakeLibrary;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.Polling;
import dev.stash2plex.provider.testing.StashSchema;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up benchmark (not a test): how long the provider takes from its process's start to the
 * first HTTP 200 on {@code /health}, with and without the AOT cache the image build records
 * ({@code dev.stash2plex.provider.training.AotTraining}), and its resident memory at that moment.
 *
 * <ul>
 *   <li><b>host</b>: the packaged {@code provider.jar} as a process of its own, with the image's JVM
 *       flags ({@code -XX:+UseSerialGC}, a 128 MiB heap as the container's 25 % of 512 MiB); the
 *       cache is recorded first by the same training run the Dockerfile makes;</li>
 *   <li><b>container</b>: the image (built from {@code target/} on the local runtime base, or
 *       {@code -Dbench.image}) started as the desktop app and compose start it (512 MiB, read-only,
 *       no capabilities); without the cache means the image's own entry point less
 *       {@code -XX:AOTCache}. From {@code docker start} to the first 200 on the published port, and
 *       on to Docker's {@code healthy}.</li>
 * </ul>
 * Runs alternate without/with, {@code bench.runs} (5) each; the figures are medians. Both talk to
 * the fake Stash in this JVM holding 1,000 scenes (the container through a {@link BridgeRelay}).
 *
 * <p>Run: {@code ./mvnw -q -pl provider -Pbench -DskipTests package exec:java@startup}. Options:
 * {@code bench.runs}, {@code bench.image}, {@code bench.runtimeBase} (stash2plex/runtime-base:25),
 * {@code bench.container=false} for the host only.
 */
public final class StartupBenchmark {

    private static final String KEY = "bench-key";
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final List<String> HOST_FLAGS = List.of("-XX:+UseSerialGC", "-Xmx128m");

    private StartupBenchmark() {
    }

    /** One start: milliseconds to the first 200, to Docker's healthy (-1 on the host), RSS then, CPU then. */
    record Start(double toHealthMs, double toHealthyMs, long rssKib, double cpuSeconds) {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.runs", 5);
        boolean container = Boolean.parseBoolean(System.getProperty("bench.container", "true"));
        Path jar = Path.of(System.getProperty("bench.jar", "provider/target/provider.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./mvnw -pl provider -DskipTests package)");
        }
        System.out.printf(Locale.ROOT, "Stash2Plex start-up benchmark, %s: %d starts each way, %d cores, load average %.2f, JDK %s%n",
                LocalDate.now(), runs, Runtime.getRuntime().availableProcessors(), loadAverage(), Runtime.version());
        try (Scratch scratch = Scratch.create("s2p-startup-bench");
             FakeStash stash = FakeStash.start(StashSchema.load(), KEY)) {
            new FakeLibrary(42).addTo(stash, 1_000);
            Path cache = recordCache(jar, scratch.folder("aot"));
            System.out.printf(Locale.ROOT, "AOT cache recorded by the training run: %.1f MiB%n", Files.size(cache) / 1048576.0);
            List<Start> hostWithout = new ArrayList<>();
            List<Start> hostWith = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                hostWithout.add(hostStart(jar, List.of(), stash, scratch.folder("host-without-" + run)));
                hostWith.add(hostStart(jar, List.of("-XX:AOTCache=" + cache), stash, scratch.folder("host-with-" + run)));
            }
            report("host, provider.jar", hostWithout, hostWith);
            if (container) {
                try (BridgeRelay relay = BridgeRelay.onDocker0(stash.baseUrl().getPort());
                     ContainerStarts starts = ContainerStarts.open(jar, scratch.folder("context"),
                             System.getProperty("bench.image"), System.getProperty("bench.runtimeBase", "stash2plex/runtime-base:25"))) {
                    System.out.printf("Image %s: %.1f MB%n", starts.image(), starts.imageBytes() / 1e6);
                    String stashUrl = "http://host.docker.internal:" + relay.port();
                    List<Start> without = new ArrayList<>();
                    List<Start> with = new ArrayList<>();
                    for (int run = 0; run < runs; run++) {
                        without.add(starts.start(false, stashUrl, KEY));
                        with.add(starts.start(true, stashUrl, KEY));
                    }
                    report("container, " + starts.image(), without, with);
                }
            }
            if (!stash.invalidQueries().isEmpty()) {
                System.out.println("Queries Stash's schema rejects: " + stash.invalidQueries());
            }
        }
    }

    /** The Dockerfile's training run, on the host: same flags, a cache file beside the scratch. */
    private static Path recordCache(Path jar, Path folder) throws IOException, InterruptedException {
        Path cache = folder.resolve("provider.aot");
        Process training = new ProcessBuilder(javaCommand(), "-XX:AOTCacheOutput=" + cache, "-Xlog:aot=error",
                "-XX:-UsePerfData", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + folder,
                "-cp", jar.toString(), "dev.stash2plex.provider.training.AotTraining")
                .redirectErrorStream(true).redirectOutput(folder.resolve("training.log").toFile()).start();
        if (!training.waitFor(5, TimeUnit.MINUTES) || training.exitValue() != 0 || !Files.isRegularFile(cache)) {
            training.destroyForcibly();
            throw new IllegalStateException("the training run failed; see " + folder.resolve("training.log") + ":\n"
                    + Files.readString(folder.resolve("training.log")));
        }
        return cache;
    }

    private static Start hostStart(Path jar, List<String> cacheOptions, FakeStash stash, Path workDir) throws Exception {
        List<String> options = new ArrayList<>(HOST_FLAGS);
        options.addAll(cacheOptions);
        try (ProviderProcess provider = ProviderProcess.start(jar, options, Map.of(
                "S2P_STASH_URL", stash.baseUrl().toString(),
                "S2P_STASH_API_KEY", KEY,
                "S2P_DATA_DIR", workDir.toString(),
                "S2P_LOG_LEVEL", "warn"), workDir, "provider")) {
            Polling.until("the provider answers /health with 200", LIMIT, Duration.ofMillis(10), () -> {
                if (provider.healthStatus() == 200) {
                    return true;
                }
                if (!provider.isAlive()) {
                    throw new Polling.GiveUp("the provider exited before it answered /health with 200");
                }
                return null;
            }, () -> "no 200 yet");
            Start start = new Start(provider.secondsSinceStart() * 1000, -1, provider.memory().residentKib(), provider.cpuSeconds());
            provider.stop();
            return start;
        }
    }

    private static void report(String where, List<Start> without, List<Start> with) {
        System.out.printf(Locale.ROOT, "%n%s%n", where);
        System.out.printf(Locale.ROOT, "%-22s %22s %22s %14s %12s%n", "", "to first 200 ms", "to Docker healthy ms", "RSS then MiB", "CPU then s");
        line("without AOT cache", without);
        line("with AOT cache", with);
        System.out.printf(Locale.ROOT, "%-22s %22s%n", "median saved", String.format(Locale.ROOT, "%.0f ms (%.0f %%)",
                median(without, Start::toHealthMs) - median(with, Start::toHealthMs),
                100 * (1 - median(with, Start::toHealthMs) / median(without, Start::toHealthMs))));
    }

    private static void line(String name, List<Start> starts) {
        String all = starts.stream().map(s -> String.format(Locale.ROOT, "%.0f", s.toHealthMs())).toList().toString();
        boolean docker = starts.getFirst().toHealthyMs() >= 0;
        System.out.printf(Locale.ROOT, "%-22s %22s %22s %14.0f %12.2f   all: %s%n", name,
                String.format(Locale.ROOT, "%.0f", median(starts, Start::toHealthMs)),
                docker ? String.format(Locale.ROOT, "%.0f", median(starts, Start::toHealthyMs)) : "-",
                median(starts, s -> s.rssKib() / 1024.0), median(starts, Start::cpuSeconds), all);
    }

    private static double median(List<Start> starts, java.util.function.ToDoubleFunction<Start> figure) {
        double[] sorted = starts.stream().mapToDouble(figure).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
