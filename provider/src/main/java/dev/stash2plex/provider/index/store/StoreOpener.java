package dev.stash2plex.provider.index.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the index a store for whatever the data folder allows, and never fails the provider:
 * a damaged or foreign file is moved aside and a new one made; a folder that takes no writes
 * gives a memory store and a warning the operator sees in {@code /health}.
 */
public final class StoreOpener {

    /** The index's file name in {@code S2P_DATA_DIR}. */
    public static final String FILE_NAME = "stash2plex-index.db";

    private static final Logger LOG = LoggerFactory.getLogger(StoreOpener.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** The store, and what the operator should know about how it was opened (null when all went well). */
    public record Opened(SceneStore store, String warning) {
    }

    private final Clock clock;

    public StoreOpener(Clock clock) {
        this.clock = clock;
    }

    public Opened open(Path dataDir) {
        SqliteNative.useBundled(SqliteNative.besideTheProviderJar());
        Path file = dataDir.resolve(FILE_NAME);
        try {
            return new Opened(SceneStore.open(file), null);
        } catch (StoreException.Unusable e) {
            Path aside = moveAside(file);
            LOG.atWarn().addKeyValue("file", file).addKeyValue("moved_to", aside)
                    .log("The scene index file could not be used ({}); it was moved aside and the index is rebuilt", e.getMessage());
            try {
                return new Opened(SceneStore.open(file), null);
            } catch (StoreException again) {
                return inMemory(dataDir, again);
            }
        } catch (StoreException e) {
            return inMemory(dataDir, e);
        }
    }

    private Opened inMemory(Path dataDir, StoreException cause) {
        String warning = "The index is kept in memory and rebuilt at every start: " + dataDir
                + " takes no writes (" + cause.getMessage() + "). Give the provider a writable S2P_DATA_DIR"
                + " (in the container: a volume at /data).";
        LOG.warn(warning);
        return new Opened(SceneStore.inMemory(), warning);
    }

    /** {@code file} and its WAL companions renamed with a time stamp, so nothing is lost and nothing read again. */
    private Path moveAside(Path file) {
        Path aside = file.resolveSibling(file.getFileName() + ".unusable-" + STAMP.format(clock.instant()));
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path from = Path.of(file + suffix);
            if (Files.exists(from)) {
                try {
                    Files.move(from, Path.of(aside + suffix), StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    try {
                        Files.deleteIfExists(from);
                    } catch (IOException ignored) {
                        // opening again will fail and fall back to memory, which says why
                    }
                }
            }
        }
        return aside;
    }
}
