package dev.stash2plex.provider.index;

import dev.stash2plex.core.stash.StashCatalog;
import dev.stash2plex.core.stash.StashException;
import dev.stash2plex.provider.index.store.SceneStore;
import dev.stash2plex.provider.index.store.StoreException;
import dev.stash2plex.provider.index.store.StoreOpener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index's own thread: it opens the store, loads it from disk or builds it from Stash, then
 * refreshes it every interval and sweeps for deletions. A disk that stops taking writes moves the
 * index to memory; a store that fails is opened again and rebuilt. Only this thread replaces the
 * store; {@link SceneIndex} reads whichever is current from any thread.
 */
final class IndexUpkeep implements AutoCloseable {

    // Under the index's name, as before the loop had its own class: log readers filter on the logger.
    private static final Logger LOG = LoggerFactory.getLogger(SceneIndex.class);

    private final StashCatalog catalog;
    private final Path dataDir;
    private final Duration refreshEvery;
    private final Duration sweepEvery;
    private final String stashIdentity;
    private final Clock clock;
    private final IndexProgress progress;
    /** Shared with {@link SceneIndex#catchUp()}: one refresh at a time. */
    private final ReentrantLock refreshing;
    private final Thread owner;
    private volatile SceneStore store;
    private volatile IndexRefresh refresh;
    private volatile boolean closed;

    IndexUpkeep(StashCatalog catalog, Path dataDir, Duration refreshEvery, Duration sweepEvery, String stashIdentity,
            Clock clock, IndexProgress progress, ReentrantLock refreshing) {
        this.catalog = catalog;
        this.dataDir = dataDir;
        this.refreshEvery = refreshEvery;
        this.sweepEvery = sweepEvery;
        this.stashIdentity = stashIdentity;
        this.clock = clock;
        this.progress = progress;
        this.refreshing = refreshing;
        this.owner = Thread.ofPlatform().name("scene-index").daemon().unstarted(this::runLoop);
    }

    void start() {
        owner.start();
    }

    /** The store while it is open; null before it opens. */
    SceneStore store() {
        return store;
    }

    /** The refresh of the current store; null before it opens. */
    IndexRefresh refresh() {
        return refresh;
    }

    @Override
    public void close() {
        closed = true;
        owner.interrupt();
        try {
            owner.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        SceneStore current = store;
        if (current != null) {
            current.close();
        }
    }

    private void runLoop() {
        openStore();
        Instant nextSweep = Instant.MAX;
        Duration wait = Duration.ZERO;
        while (!closed) {
            if (!sleep(wait)) {
                return;
            }
            try {
                if (progress.state() != IndexProgress.State.READY) {
                    boolean fromDisk = loadOrBuild();
                    // An index from disk may hold scenes deleted meanwhile; a new build needs no sweep yet.
                    nextSweep = fromDisk ? clock.instant() : clock.instant().plus(sweepEvery);
                    if (!fromDisk) {
                        // Catch what was edited during the build before saying the index is ready.
                        refreshOnce(false);
                        progress.ready("empty", clock.instant());
                        wait = refreshEvery;
                        continue;
                    }
                }
                boolean sweep = !clock.instant().isBefore(nextSweep);
                refreshOnce(sweep);
                if (sweep) {
                    nextSweep = clock.instant().plus(sweepEvery);
                }
                wait = refreshEvery;
            } catch (StashException | RuntimeException e) {
                if (closed) {
                    // The interrupt that ends this thread broke a call to Stash or a wait for the store:
                    // nothing failed, and nothing is to be rebuilt or reported while the provider stops.
                    return;
                }
                wait = recover(e);
            }
        }
    }

    /** What a failed pass leads to; returns how long to wait before the next one. */
    private Duration recover(Exception failure) {
        switch (failure) {
            case StashException e -> {
                progress.problem("Stash could not be read for the index: " + e.getMessage());
                LOG.atWarn().addKeyValue("reason", e.getMessage()).addKeyValue("kind", e.kind())
                        .log("Scene index: Stash could not be read; trying again in {} s", refreshEvery.toSeconds());
                return refreshEvery;
            }
            case StoreException.Unwritable e -> {
                switchToMemory(e);
                return Duration.ZERO;
            }
            case StoreException e -> {
                progress.failed("The index store failed: " + e.getMessage());
                LOG.atError().addKeyValue("reason", e.getMessage()).log("Scene index store failed; rebuilding");
                rebuildStore();
                return refreshEvery;
            }
            default -> {
                progress.failed("The index stopped on an unexpected error: " + failure);
                LOG.error("Scene index: unexpected error; trying again in {} s", refreshEvery.toSeconds(), failure);
                return refreshEvery;
            }
        }
    }

    private void openStore() {
        StoreOpener.Opened opened = new StoreOpener(clock).open(dataDir);
        progress.warning(opened.warning());
        use(opened.store());
    }

    private void use(SceneStore next) {
        store = next;
        refresh = new IndexRefresh(catalog, next, progress, clock);
    }

    /**
     * A complete index of the same Stash is used as it is; anything else is built from Stash.
     *
     * @return true when the index came from disk
     */
    private boolean loadOrBuild() throws StashException {
        SceneStore current = store;
        boolean complete = current.meta(MetaKeys.COMPLETE).map("true"::equals).orElse(false);
        boolean sameStash = current.meta(MetaKeys.STASH).map(stashIdentity::equals).orElse(false);
        if (complete && sameStash) {
            Instant last = current.meta(MetaKeys.LAST_REFRESH).map(Instant::parse).orElse(null);
            progress.ready("disk", last);
            LOG.atInfo().addKeyValue("scenes", current.sceneCount()).addKeyValue("last_refresh", last)
                    .log("Scene index loaded from disk; catching up with Stash");
            return true;
        }
        if (complete) {
            LOG.info("The scene index on disk is of another Stash, or lacks fields this version reads; building it anew");
        }
        new IndexBuild(catalog, current, progress, clock, stashIdentity).run();
        return false;
    }

    private void refreshOnce(boolean sweep) throws StashException {
        refreshing.lock();
        try {
            refresh.run(false);
            if (sweep) {
                refresh.sweep();
            }
        } finally {
            refreshing.unlock();
        }
    }

    /** The disk stopped taking writes (full, remounted read-only): go on in memory, rebuilt from Stash. */
    private void switchToMemory(StoreException cause) {
        String warning = "The index moved to memory because " + dataDir + " stopped taking writes (" + cause.getMessage()
                + "); it is rebuilt at every start until the folder is writable again.";
        LOG.warn(warning);
        progress.warning(warning);
        SceneStore old = store;
        use(SceneStore.inMemory());
        old.close();
        progress.building(0);
    }

    private void rebuildStore() {
        SceneStore old = store;
        old.close();
        openStore();
        progress.building(0);
    }

    private boolean sleep(Duration wait) {
        if (wait.isZero()) {
            return !closed;
        }
        try {
            Thread.sleep(wait);
            return !closed;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
