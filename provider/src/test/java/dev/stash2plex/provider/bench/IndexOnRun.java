package dev.stash2plex.provider.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stash2plex.provider.testing.Polling;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * With the index, for one heap setting: build it on an empty data folder until {@code /health}
 * says usable, scan every file of the library, stop; then start again on the same folder and time
 * the warm restart until the index is usable from disk, and its catch-up with Stash.
 */
final class IndexOnRun {

    /** Seconds are counted from the process's start, so they include the JVM's own start-up. */
    record Build(double providerUpSeconds, double usableSeconds, double providerCpuSeconds, StashRequests requests,
                 long indexRequests, ProviderProcess.Memory memory) {
    }

    /** @param requests what the fake Stash was asked while the scan ran, and nothing else */
    record Scan(PlexScan.Result result, StashRequests requests, CpuUse cpu, ProviderProcess.Memory memory) {
    }

    /** @param healthBytes {@code /health}'s {@code store_bytes} after the scan (database and WAL) */
    record Store(long healthBytes, long runningDiskBytes, long stoppedDiskBytes) {
    }

    /**
     * @param catchUpSeconds until the catch-up after loading (a refresh and a sweep of every id)
     *                       had read the sweep's last page; null when it was not seen
     */
    record Restart(double usableSeconds, StashRequests requestsByUsable, Double catchUpSeconds,
                   StashRequests requestsByCatchUp, ProviderProcess.Memory memory) {
    }

    /** What was measured; the phases after a failure are null, and {@code failure} says why. */
    record Figures(String heap, Build build, Scan scan, Store store, Restart restart, String failure) {
    }

    private static final Duration BUILD_LIMIT = Duration.ofMinutes(30);
    /** The sweep reads Stash's ids this many a page (IndexRefresh.SWEEP_PAGE_SIZE), ending on a short page. */
    private static final int SWEEP_PAGE_SIZE = 5000;

    private final ProviderSetup setup;
    private final PlexScan scan;

    IndexOnRun(ProviderSetup setup, PlexScan scan) {
        this.setup = setup;
        this.scan = scan;
    }

    /** @param heap a label; {@code heapOptions} the JVM options that choose the heap (none: the JVM's default) */
    Figures run(String heap, List<String> heapOptions, List<PlexScan.File> library) throws InterruptedException {
        String slug = heap.replaceAll("[^A-Za-z0-9]+", "-");
        Path dataDir = setup.workDir().resolve("data-" + slug);
        Build build = null;
        Scan scanned = null;
        Store store = null;
        try {
            try (ProviderProcess provider = setup.start("index-" + slug + "-build", heapOptions, dataDir,
                    ProviderSetup.INDEX_REFRESH_SECONDS)) {
                build = build(provider);
                scanned = scan(provider, library);
                long healthBytes = provider.health().at("/index/store_bytes").asLong();
                long runningDisk = diskBytes(dataDir);
                provider.stop();
                store = new Store(healthBytes, runningDisk, diskBytes(dataDir));
            }
            try (ProviderProcess provider = setup.start("index-" + slug + "-restart", heapOptions, dataDir,
                    ProviderSetup.INDEX_REFRESH_SECONDS)) {
                Restart restart = restart(provider, library.size());
                provider.stop();
                return new Figures(heap, build, scanned, store, restart, null);
            }
        } catch (IllegalStateException | IOException e) {
            return new Figures(heap, build, scanned, store, null, e.getMessage());
        }
    }

    private Build build(ProviderProcess provider) throws InterruptedException {
        int mark = StashRequests.mark(setup.stash());
        provider.awaitHealth("the provider answers", Duration.ofMinutes(1), health -> true);
        double up = provider.secondsSinceStart();
        JsonNode usable = provider.awaitHealth("the index is usable", BUILD_LIMIT,
                health -> health.at("/index/usable").asBoolean());
        double usableSeconds = provider.secondsSinceStart();
        return new Build(up, usableSeconds, provider.cpuSeconds(), StashRequests.since(setup.stash(), mark),
                usable.at("/index/stash_requests").asLong(), provider.memory());
    }

    private Scan scan(ProviderProcess provider, List<PlexScan.File> library) throws InterruptedException {
        int mark = StashRequests.mark(setup.stash());
        CpuUse.Start cpu = CpuUse.start(provider);
        PlexScan.Result result = scan.run(provider.port(), library);
        CpuUse used = cpu.used();
        StashRequests requests = StashRequests.since(setup.stash(), mark);
        return new Scan(result, requests, used, provider.memory());
    }

    private Restart restart(ProviderProcess provider, int scenes) throws InterruptedException {
        int mark = StashRequests.mark(setup.stash());
        provider.awaitHealth("the index is usable from disk", Duration.ofMinutes(5),
                health -> health.at("/index/usable").asBoolean() && "disk".equals(health.at("/index/started_from").asText()));
        double usable = provider.secondsSinceStart();
        StashRequests byUsable = StashRequests.since(setup.stash(), mark);
        ProviderProcess.Memory memory = provider.memory();
        int sweepPages = scenes / SWEEP_PAGE_SIZE + 1;
        return Polling.within(Duration.ofMinutes(2), Duration.ofMillis(50), () -> {
            StashRequests sofar = StashRequests.since(setup.stash(), mark);
            return sofar.byOperation().getOrDefault("IndexSceneIds", 0) >= sweepPages
                    ? new Restart(usable, byUsable, provider.secondsSinceStart(), sofar, memory) : null;
        }).orElse(new Restart(usable, byUsable, null, null, memory));
    }

    /** Every file in the data folder: the database, its WAL and shared-memory index. */
    private static long diskBytes(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.list(dataDir)) {
            long total = 0;
            for (Path file : files.toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }
}
