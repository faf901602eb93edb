package dev.stash2plex.provider.sync;

import dev.stash2plex.provider.index.store.SceneStore;
import dev.stash2plex.provider.index.store.StoreException;
import dev.stash2plex.provider.index.store.SyncQueue;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Plex current: one thread turns the index's change log into durable jobs, and delivers them
 * as refreshes of the Plex items showing each scene, paced, coalesced, and backing off while Plex
 * is away. A 401 stops it (the token is wrong: retrying cannot help) until "Sync now" or a restart.
 * This class is the thread and what requests ask of it; each pass is a {@link SyncPass}, and what
 * {@code /health} shows is kept in {@link SyncState}.
 */
public final class PlexSync implements AutoCloseable {

    /** Plex asks every client to name itself; this one is the provider's sync. */
    static final String CLIENT_ID = "stash2plex-provider-sync";

    private static final Logger LOG = LoggerFactory.getLogger(PlexSync.class);

    private final PlexServer plex;
    private final Supplier<Optional<SceneStore>> stores;
    private final BooleanSupplier indexReady;
    private final SyncSettings settings;
    private final Clock clock;
    private final SyncState state;
    private final SyncPass pass;
    private final Semaphore wake = new Semaphore(0);
    private final Thread worker;
    private volatile boolean closed;

    /** Builds the sync; {@link SyncSetup} starts it. */
    PlexSync(PlexServer plex, Supplier<Optional<SceneStore>> stores, BooleanSupplier indexReady, Delivery delivery,
            SyncSettings settings, Clock clock) {
        this.plex = plex;
        this.stores = stores;
        this.indexReady = indexReady;
        this.settings = settings;
        this.clock = clock;
        this.state = new SyncState(settings, clock);
        this.pass = new SyncPass(plex, stores, indexReady, delivery, settings, clock, state, () -> closed);
        this.worker = Thread.ofPlatform().name("plex-sync").daemon().unstarted(this::run);
    }

    void start() {
        LOG.atInfo().addKeyValue("plex", plex.address()).addKeyValue("rate_per_second", settings.ratePerSecond())
                .addKeyValue("upload_artwork", settings.uploadArtwork()).log("Plex sync started");
        worker.start();
    }

    public SyncStatus status() {
        SyncQueue.Counts counts = stores.get().map(store -> {
            try {
                return store.syncQueue().counts();
            } catch (StoreException e) {
                return null;
            }
        }).orElse(null);
        return state.status(counts);
    }

    /**
     * Whether the index's store holds a listing of Plex's items to compare Stash with: read from the store once
     * when the sync first sees it (a listing from before a restart counts), then set when the sync lists Plex.
     * The library view asks it per request; it costs no query.
     */
    public boolean plexListed() {
        return state.plexListed();
    }

    /** Look at Plex again now: the sections listed afresh, waiting changes sent, a stop after a 401 lifted. */
    public void syncNow() {
        state.syncNow();
        wake.release();
    }

    /**
     * Queues a refresh of this scene's Plex items, due now and merged into the scene's job if it has one,
     * and wakes the sync. A scene Plex shows no item for has its sections listed again and, where a path
     * rule gives its folder, that folder scanned.
     */
    public SceneRefresh refresh(long sceneId) {
        Optional<SceneStore> current = stores.get();
        if (current.isEmpty()) {
            return new SceneRefresh.IndexNotReady();
        }
        SceneStore store = current.get();
        if (store.scene(Long.toString(sceneId)).isEmpty()) {
            return indexReady.getAsBoolean() ? new SceneRefresh.UnknownScene(sceneId) : new SceneRefresh.IndexNotReady();
        }
        store.syncQueue().request(sceneId, clock.millis());
        wake.release();
        return new SceneRefresh.Queued(sceneId, store.plexPlacements().ratingKeys(sceneId));
    }

    /** Gives the parked changes another chance; returns how many. */
    public int retryParked() {
        int count = stores.get().map(store -> store.syncQueue().unpark(clock.millis())).orElse(0);
        wake.release();
        return count;
    }

    /** The waiting (or parked) changes, oldest first. */
    public List<SyncQueue.JobView> jobs(boolean parked, int limit) {
        return stores.get().map(store -> store.syncQueue().list(parked, limit)).orElse(List.of());
    }

    @Override
    public void close() {
        closed = true;
        worker.interrupt();
        try {
            worker.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (!closed) {
            Duration wait;
            try {
                wait = pass.run();
            } catch (PlexServerException.Unauthorized e) {
                state.stop();
                failing(e.getMessage(), false);
                LOG.atError().addKeyValue("reason", e.getMessage())
                        .log("Plex sync stopped: Plex refused the token; changes wait until it is fixed (or Sync now)");
                wait = SyncPass.FEED_EVERY;
            } catch (PlexServerException e) {
                if (closed) {
                    return;
                }
                failing(e.getMessage(), true);
                wait = state.backOff();
            } catch (StoreException e) {
                LOG.atWarn().addKeyValue("reason", e.getMessage()).log("Plex sync: the store failed; trying again");
                wait = Duration.ofSeconds(5);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("Plex sync: unexpected error; trying again in 5 s", e);
                wait = Duration.ofSeconds(5);
            }
            try {
                if (wake.tryAcquire(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS)) {
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Plex is not taking changes: every waiting job fails from now on too, which is what parking a job measures. */
    private void failing(String why, boolean log) {
        state.failing(why, log);
        stores.get().ifPresent(store -> {
            try {
                store.syncQueue().failingAll(why, clock.millis());
            } catch (StoreException e) {
                LOG.atDebug().addKeyValue("reason", e.getMessage()).log("Plex sync: could not mark the waiting changes");
            }
        });
    }
}
