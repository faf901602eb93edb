package dev.stash2plex.provider.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Before the index: the provider with {@code S2P_INDEX_REFRESH_SECONDS=0}, so every match sends
 * Stash a path query, which scans the whole library. A full scan would take hours at 100,000
 * scenes, so a fixed sample of files spread over the library is scanned and the rest extrapolated.
 */
final class IndexOffRun {

    /**
     * @param libraryFiles the files a full scan would ask for
     * @param directQueryMillis the median of the same path query sent straight to the fake Stash, alone
     */
    record Figures(int libraryFiles, PlexScan.Result sample, StashRequests requests, CpuUse cpu, double directQueryMillis) {

        /** A full scan at the sample's pace; each file costs the same library-wide scan. */
        double fullScanSeconds() {
            return libraryFiles / sample.filesPerSecond();
        }
    }

    /** Files matched before the timed sample, so the JIT has compiled the path on both sides. */
    private static final int WARM_UP_FILES = 200;
    /** Path queries sent straight to the fake Stash, one at a time, after the sample. */
    private static final int DIRECT_QUERIES = 50;

    private final ProviderSetup setup;
    private final PlexScan scan;

    IndexOffRun(ProviderSetup setup, PlexScan scan) {
        this.setup = setup;
        this.scan = scan;
    }

    Figures run(List<PlexScan.File> library, int sampleSize) throws Exception {
        Path dataDir = setup.workDir().resolve("data-index-off");
        try (ProviderProcess provider = setup.start("index-off", List.of(), dataDir, 0)) {
            provider.awaitHealth("the provider reaches Stash", Duration.ofMinutes(1),
                    health -> health.path("stash_reachable").asBoolean());
            scan.run(provider.port(), spread(library, WARM_UP_FILES, true));
            int mark = StashRequests.mark(setup.stash());
            CpuUse.Start cpu = CpuUse.start(provider);
            PlexScan.Result sample = scan.run(provider.port(), spread(library, sampleSize, false));
            CpuUse used = cpu.used();
            StashRequests requests = StashRequests.since(setup.stash(), mark);
            provider.stop();
            List<String> stashPaths = spread(library, DIRECT_QUERIES, false).stream()
                    .map(file -> ProviderSetup.STASH_ROOT + file.plexFilename()).toList();
            return new Figures(library.size(), sample, requests, used, DirectPathQuery.medianMillis(setup.stash(), stashPaths));
        }
    }

    /** {@code count} files evenly spread over the library; the warm-up takes the ones halfway between. */
    private static List<PlexScan.File> spread(List<PlexScan.File> library, int count, boolean between) {
        int taken = Math.min(count, library.size());
        double step = (double) library.size() / taken;
        List<PlexScan.File> files = new ArrayList<>(taken);
        for (int i = 0; i < taken; i++) {
            files.add(library.get((int) (i * step + (between ? step / 2 : 0))));
        }
        return files;
    }
}
