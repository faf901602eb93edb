package dev.stash2plex.provider.bench;

import dev.stash2plex.provider.testing.FakeLibrary;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.StashSchema;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Scene index benchmark (not a test): what a Plex scan costs Stash with the index off and on, how
 * long the index takes to build and to load again, and the provider's memory and disk for it.
 * The provider runs as the packaged jar in a process of its own (its memory is then its own),
 * against the fake Stash in this JVM holding a generated library ({@link FakeLibrary}), whose
 * path filters scan every scene per query as Stash's SQL does.
 *
 * <p>Per library size: with the index off, a sample of files spread over the library (all of them
 * would take hours at 100,000); with it on, for the JVM's default heap and for a bounded one side
 * by side, a build on an empty data folder, a scan of every file checking each answer, and a warm
 * restart on the same folder.
 *
 * <p>Run: {@code ./mvnw -q -pl provider -Pbench -DskipTests package exec:java@index} (the jar must
 * be built). Options as system properties: {@code bench.sizes} (10000,50000,100000),
 * {@code bench.beforeSample} (300 files), {@code bench.concurrency} (8), {@code bench.seed} (42),
 * {@code bench.boundedHeap} (-Xmx128m), {@code bench.heaps}: the JVM options of each index-on run, runs
 * separated by {@code ;}, options by spaces, {@code default} for none (default: {@code default;<boundedHeap>}),
 * e.g. {@code -Dbench.heaps="-XX:+UseSerialGC -Xmx128m"} for the container's collector and heap alone.
 */
public final class IndexBenchmark {

    private static final String KEY = "bench-key";

    private IndexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.sizes", "10000,50000,100000").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        int beforeSample = Integer.getInteger("bench.beforeSample", 300);
        int concurrency = Integer.getInteger("bench.concurrency", 8);
        long seed = Long.getLong("bench.seed", 42);
        String boundedHeap = System.getProperty("bench.boundedHeap", "-Xmx128m");
        List<List<String>> heaps = Arrays.stream(System.getProperty("bench.heaps", "default;" + boundedHeap).split(";"))
                .map(String::trim).map(run -> run.equals("default") ? List.<String>of() : List.of(run.split("\\s+"))).toList();
        Path jar = Path.of(System.getProperty("bench.jar", "provider/target/provider.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./mvnw -pl provider -DskipTests package)");
        }

        System.out.printf(Locale.ROOT, "Stash2Plex scene index benchmark, %s: %s scenes (FakeLibrary seed %d), concurrency %d,"
                        + " %d cores, load average %.2f, JDK %s%n", LocalDate.now(), sizes, seed, concurrency,
                Runtime.getRuntime().availableProcessors(), loadAverage(), Runtime.version());
        StashSchema schema = StashSchema.load();
        IndexReport report = new IndexReport(System.out);
        PlexScan scan = new PlexScan(concurrency);
        List<IndexReport.SizeFigures> measured = new ArrayList<>();
        try (Scratch scratch = Scratch.create("s2p-index-bench")) {
            for (int size : sizes) {
                try (FakeStash stash = FakeStash.start(schema, KEY)) {
                    List<FakeScene> scenes = new FakeLibrary(seed).addTo(stash, size);
                    List<PlexScan.File> library = ProviderSetup.plexFiles(scenes);
                    ProviderSetup setup = new ProviderSetup(jar, stash, scratch.folder("size-" + size));
                    System.out.printf(Locale.ROOT, "%n%,d scenes: index off, a sample of %d files…%n", size, beforeSample);
                    IndexOffRun.Figures before = new IndexOffRun(setup, scan).run(library, beforeSample);
                    List<IndexOnRun.Figures> after = new ArrayList<>();
                    for (List<String> heap : heaps) {
                        String name = heap.isEmpty() ? "default heap" : String.join(" ", heap);
                        System.out.printf(Locale.ROOT, "%,d scenes: index on, %s: build, scan of every file, warm restart…%n", size, name);
                        after.add(new IndexOnRun(setup, scan).run(name, heap, library));
                    }
                    if (!stash.invalidQueries().isEmpty()) {
                        System.out.println("Queries Stash's schema rejects: " + stash.invalidQueries());
                    }
                    IndexReport.SizeFigures figures = new IndexReport.SizeFigures(size, before, after, loadAverage());
                    report.size(figures);
                    measured.add(figures);
                }
            }
        }
        report.summary(measured);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
