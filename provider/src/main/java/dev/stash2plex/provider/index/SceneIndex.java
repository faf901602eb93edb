package dev.stash2plex.provider.index;

import dev.stash2plex.core.stash.Scene;
import dev.stash2plex.core.stash.StashCatalog;
import dev.stash2plex.core.stash.StashException;
import dev.stash2plex.provider.index.store.MatchHistory;
import dev.stash2plex.provider.index.store.SceneStore;
import dev.stash2plex.provider.index.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider's own copy of Stash's scenes, so a Plex scan costs Stash a few hundred paged reads
 * instead of one full-table scan per file. One thread owns it ({@link IndexUpkeep}): it opens the store,
 * loads it from disk or builds it from Stash, then refreshes it every interval and sweeps for deletions.
 * Lookups read the store from any thread; {@link #usable()} says whether their answers are to be trusted.
 */
public final class SceneIndex implements AutoCloseable {

    /** A missed lookup asks Stash what changed at most this often, however many files miss. */
    static final Duration CATCH_UP_SPACING = Duration.ofSeconds(2);
    /** How long a missed lookup waits for a refresh already running before it answers without one. */
    static final Duration CATCH_UP_WAIT = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(SceneIndex.class);

    private final Duration refreshEvery;
    private final Duration staleAfter;
    private final Clock clock;
    private final IndexProgress progress;
    /** One refresh at a time, whether the schedule or a missed lookup started it. */
    private final ReentrantLock refreshing = new ReentrantLock();
    private final IndexUpkeep upkeep;
    private volatile Instant lastCatchUp = Instant.EPOCH;

    private SceneIndex(StashCatalog catalog, Path dataDir, Duration refreshEvery, Duration sweepEvery,
            String stashIdentity, Clock clock) {
        this.refreshEvery = refreshEvery;
        // Four missed refreshes (or two minutes) and the index no longer answers for Stash.
        this.staleAfter = refreshEvery.multipliedBy(4).compareTo(Duration.ofMinutes(2)) > 0
                ? refreshEvery.multipliedBy(4) : Duration.ofMinutes(2);
        this.clock = clock;
        this.progress = new IndexProgress(clock);
        this.upkeep = new IndexUpkeep(catalog, dataDir, refreshEvery, sweepEvery, stashIdentity, clock, progress, refreshing);
    }

    /** Starts the index's thread; the first answers come from the live steps until it is ready. */
    public static SceneIndex start(StashCatalog catalog, Path dataDir, Duration refreshEvery, Duration sweepEvery,
            String stashIdentity, Clock clock) {
        SceneIndex index = new SceneIndex(catalog, dataDir, refreshEvery, sweepEvery, stashIdentity, clock);
        index.upkeep.start();
        return index;
    }

    /** Ready and refreshed recently: lookups may be answered from the index alone. */
    public boolean usable() {
        return upkeep.store() != null && progress.fresh(staleAfter);
    }

    /** The store while it is open (the Plex sync keeps its queue in it); empty before it opens. */
    public Optional<SceneStore> store() {
        return Optional.ofNullable(upkeep.store());
    }

    public IndexStatus status() {
        SceneStore current = upkeep.store();
        Instant last = progress.lastRefresh();
        IndexProgress.State state = progress.state();
        Integer total = progress.total();
        boolean loading = state == IndexProgress.State.LOADING;
        int scenes = current == null ? 0 : safeCount(current);
        return new IndexStatus(
                state.name().toLowerCase(java.util.Locale.ROOT),
                usable(),
                loading ? progress.loaded() : scenes,
                loading ? total : Integer.valueOf(scenes),
                loading && total != null && total > 0 ? Math.min(99, progress.loaded() * 100 / total) : null,
                scenes,
                progress.startedFrom(),
                current == null ? null : current.kind().name().toLowerCase(java.util.Locale.ROOT),
                current == null ? 0 : current.sizeBytes(),
                last,
                last == null ? null : Math.max(0, Duration.between(last, clock.instant()).toSeconds()),
                refreshEvery.toSeconds(),
                progress.stashRequests(),
                current == null ? 0 : safeChanges(current),
                progress.remarks());
    }

    /** The match history kept beside the scenes, or empty until the store is open. */
    public Optional<MatchHistory> history() {
        SceneStore current = upkeep.store();
        return current == null ? Optional.empty() : Optional.of(current.history());
    }

    // ---- lookups (answers are only meaningful while usable())

    public Optional<Scene> scene(String id) {
        return read(store -> store.scene(id), Optional.empty());
    }

    public List<Scene> byPath(String path) {
        return read(store -> store.byPath(path), List.of());
    }

    public List<Scene> byPathIgnoringCase(String path) {
        return read(store -> store.byPathIgnoringCase(path), List.of());
    }

    public List<Scene> byBasename(String basename) {
        return read(store -> store.byBasename(basename), List.of());
    }

    public List<Scene> byBasenameIgnoringCase(String basename) {
        return read(store -> store.byBasenameIgnoringCase(basename), List.of());
    }

    public List<Scene> byOshash(String oshash) {
        return read(store -> store.byOshash(oshash), List.of());
    }

    public List<Scene> searchTitles(List<String> words, int limit) {
        return read(store -> store.searchTitles(words, limit), List.of());
    }

    /**
     * A lookup missed: ask Stash for what changed since the last refresh (scenes only), unless
     * someone did so moments ago. Waits briefly for a refresh already running rather than starting another.
     *
     * @return true when a refresh finished (so a second lookup may find what the first missed)
     */
    public boolean catchUp() {
        if (!usable() || Duration.between(lastCatchUp, clock.instant()).compareTo(CATCH_UP_SPACING) < 0) {
            return false;
        }
        try {
            // A scheduled refresh or sweep may hold the lock for a while: a Plex request does not
            // wait for it (the next miss after it will find what it brought).
            if (!refreshing.tryLock(CATCH_UP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            if (Duration.between(lastCatchUp, clock.instant()).compareTo(CATCH_UP_SPACING) < 0) {
                return true;
            }
            lastCatchUp = clock.instant();
            upkeep.refresh().run(true);
            return true;
        } catch (StashException | StoreException e) {
            LOG.atDebug().addKeyValue("reason", e.getMessage()).log("Scene index catch-up failed");
            return false;
        } finally {
            refreshing.unlock();
        }
    }

    @Override
    public void close() {
        upkeep.close();
    }

    private <T> T read(java.util.function.Function<SceneStore, T> lookup, T whenUnavailable) {
        SceneStore current = upkeep.store();
        if (current == null) {
            return whenUnavailable;
        }
        try {
            return lookup.apply(current);
        } catch (StoreException e) {
            LOG.atWarn().addKeyValue("reason", e.getMessage()).log("Scene index lookup failed; asking Stash instead");
            return whenUnavailable;
        }
    }

    private static int safeCount(SceneStore store) {
        try {
            return store.sceneCount();
        } catch (StoreException e) {
            return 0;
        }
    }

    private static int safeChanges(SceneStore store) {
        try {
            return store.changeCount();
        } catch (StoreException e) {
            return 0;
        }
    }
}
