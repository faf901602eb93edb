package dev.stash2plex.provider.bench;

import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What every provider process of one library size shares: the packaged jar, the fake Stash it
 * reads, one path rule (Plex sees {@code /plex/media/…} where Stash stores {@code /stash/media/…})
 * and a scratch folder for data directories and logs.
 */
record ProviderSetup(Path jar, FakeStash stash, Path workDir) {

    static final String PLEX_ROOT = "/plex/media/";
    static final String STASH_ROOT = "/stash/media/";
    /** The default refresh interval: the index asks Stash what changed every 30 s. */
    static final int INDEX_REFRESH_SECONDS = 30;
    /** JSON in the environment, so the backslash of {@code \1} is doubled. */
    private static final String PATH_RULES = "[{\"name\":\"media\",\"plex_library_root\":\"" + PLEX_ROOT + "\","
            + "\"plex_pattern\":\"^" + PLEX_ROOT + "(.*)\",\"stash_pattern\":\"" + STASH_ROOT + "\\\\1\"}]";

    /**
     * A provider on {@code dataDir}; {@code indexRefreshSeconds} 0 turns the index off. Logs at
     * {@code warn}, as LoadBenchmark does: one line per request would be a cost of its own. The
     * per-client rate limit is off: eight clients flat out from one address measure the index, while
     * Plex's scan runs at its own, far lower pace (docs/security.md).
     */
    ProviderProcess start(String name, List<String> heapOptions, Path dataDir, int indexRefreshSeconds) throws IOException {
        return ProviderProcess.start(jar, heapOptions, Map.of(
                "S2P_STASH_URL", stash.baseUrl().toString(),
                "S2P_STASH_API_KEY", stash.apiKey(),
                "S2P_DATA_DIR", dataDir.toString(),
                "S2P_INDEX_REFRESH_SECONDS", Integer.toString(indexRefreshSeconds),
                "S2P_PATH_RULES", PATH_RULES,
                "S2P_LOG_LEVEL", "warn",
                "S2P_RATE_LIMIT_PER_SECOND", "0"), workDir, name);
    }

    /** Every scene's primary file as Plex names it in a match: relative to the library folder. */
    static List<PlexScan.File> plexFiles(List<FakeScene> scenes) {
        return scenes.stream().map(scene -> new PlexScan.File(
                scene.files().getFirst().path().substring(STASH_ROOT.length()), scene.id())).toList();
    }
}
