package dev.stash2plex.provider.sync;

import dev.stash2plex.provider.index.store.PlexPlacements;
import dev.stash2plex.provider.index.store.SceneStore;
import dev.stash2plex.provider.index.store.StoreException;
import dev.stash2plex.provider.index.store.SyncQueue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Plex current: one thread turns the index's change log into durable jobs, and delivers them
 * as refreshes of the Plex items showing each scene, paced, coalesced, and backing off while Plex
 * is away. A 401 stops it (the token is wrong: retrying cannot help) until "Sync now" or a restart.
 */
public final class PlexSync implements AutoCloseable {

    /** Plex asks every client to name itself; this one is the provider's sync. */
    static final String CLIENT_ID = "stash2plex-provider-sync";
    /** How often the change log is read: the index writes it at most every few seconds. */
    static final Duration FEED_EVERY = Duration.ofSeconds(1);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final int FEED_BATCH = 5_000;
    private static final int DUE_BATCH = 100;
    private static final Duration PASS_LENGTH = Duration.ofSeconds(10);
    /** New items' artwork checked per pass, so waiting changes are never held up for long. */
    private static final int ARTWORK_PER_PASS = 20;

    private static final Logger LOG = LoggerFactory.getLogger(PlexSync.class);

    private final PlexServer plex;
    private final Supplier<Optional<SceneStore>> stores;
    /** New items' artwork waits for a usable index: before, their scenes may not be in it yet. */
    private final BooleanSupplier indexReady;
    private final Delivery delivery;
    private final SyncSettings settings;
    private final Clock clock;
    private final SendPace pace;
    private final PlexLibraryMap map = new PlexLibraryMap();
    private final Semaphore wake = new Semaphore(0);
    private final AtomicBoolean forced = new AtomicBoolean();
    private final Thread worker;
    private volatile boolean closed;
    private volatile boolean stopped;
    private volatile Instant failingSince;
    private volatile String reason;
    private volatile Instant lastDelivered;
    private volatile long delivered;
    private volatile int itemsMapped;
    private volatile boolean mapped;
    /** Whether the store holds a listing of Plex's items (see {@link #plexListed()}); written by the sync's thread only. */
    private volatile boolean plexListed;
    /** The store {@link #plexListed} was last read from; the sync's thread only. */
    private PlexPlacements listedFlagFrom;
    private volatile Duration backoff = FIRST_BACKOFF;
    /** Items Plex matched since they were last listed, whose artwork to check; the sync's thread only. */
    private final ArrayDeque<PlexLibraryMap.NewItem> newItems = new ArrayDeque<>();
    private volatile int artworkWaiting;

    /** Builds the sync; {@link SyncSetup} starts it. */
    PlexSync(PlexServer plex, Supplier<Optional<SceneStore>> stores, BooleanSupplier indexReady, Delivery delivery,
            SyncSettings settings, Clock clock) {
        this.plex = plex;
        this.stores = stores;
        this.indexReady = indexReady;
        this.delivery = delivery;
        this.settings = settings;
        this.clock = clock;
        this.pace = new SendPace(settings.ratePerSecond());
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
        int waiting = counts == null ? 0 : counts.waiting();
        String state = stopped ? "stopped" : failingSince != null ? "failing" : counts == null || !mapped ? "starting"
                : waiting > 0 || artworkWaiting > 0 ? "waiting" : "up_to_date";
        return new SyncStatus(state, reason, waiting, counts == null ? 0 : counts.parked(), failingSince, lastDelivered,
                delivered, itemsMapped, artworkWaiting, settings.ratePerSecond(), settings.giveUpAfter().toHours(),
                settings.uploadArtwork());
    }

    /**
     * Whether the index's store holds a listing of Plex's items to compare Stash with: read from the store once
     * when the sync first sees it (a listing from before a restart counts), then set when the sync lists Plex.
     * The library view asks it per request; it costs no query.
     */
    public boolean plexListed() {
        return plexListed;
    }

    /** Look at Plex again now: the sections listed afresh, waiting changes sent, a stop after a 401 lifted. */
    public void syncNow() {
        forced.set(true);
        stopped = false;
        backoff = FIRST_BACKOFF;
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
                wait = pass();
            } catch (PlexServerException.Unauthorized e) {
                stopped = true;
                failing(e.getMessage(), false);
                LOG.atError().addKeyValue("reason", e.getMessage())
                        .log("Plex sync stopped: Plex refused the token; changes wait until it is fixed (or Sync now)");
                wait = FEED_EVERY;
            } catch (PlexServerException e) {
                if (closed) {
                    return;
                }
                failing(e.getMessage(), true);
                wait = backoff;
                backoff = backoff.multipliedBy(2).compareTo(settings.backoffCap()) > 0 ? settings.backoffCap() : backoff.multipliedBy(2);
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

    /** One look at the change log and Plex; returns how long to wait before the next. */
    private Duration pass() throws PlexServerException, InterruptedException {
        Optional<SceneStore> current = stores.get();
        if (current.isEmpty()) {
            return FEED_EVERY;
        }
        SceneStore store = current.get();
        PlexPlacements placements = store.plexPlacements();
        if (placements != listedFlagFrom) {
            // A store not seen before (the first, or the index's new one): whether Plex was listed into it, and
            // how many items it holds, from its file, so /health tells the truth before Plex answers again.
            plexListed = placements.listedAt().isPresent();
            itemsMapped = plexListed ? placements.count() : 0;
            listedFlagFrom = placements;
        }
        SyncQueue queue = store.syncQueue();
        while (queue.feed(clock.millis(), settings.settle().toMillis(), FEED_BATCH) == FEED_BATCH && !closed) {
            // a long log after a pause: read it all before sending anything, so it coalesces
        }
        int parked = queue.park(clock.millis() - settings.giveUpAfter().toMillis(), clock.millis());
        if (parked > 0) {
            LOG.atWarn().addKeyValue("parked", parked).addKeyValue("give_up_hours", settings.giveUpAfter().toHours())
                    .log("Plex sync: changes failing for too long were parked; POST /sync/retry tries them again");
        }
        if (stopped) {
            // Changes still become jobs, to be sent once the token is fixed; Plex is not asked.
            queue.failingAll(reason, clock.millis());
            return FEED_EVERY;
        }
        boolean force = forced.getAndSet(false);
        long now = clock.millis();
        if (force || !mapped || !map.listedInto(placements) || now - map.listedAt() >= settings.mapRecheck().toMillis()) {
            remember(map.update(plex, placements, force, now));
            mapUpdated(queue, placements);
        }
        Delivery.Pass pass = new Delivery.Pass();
        int notInPlex = 0;
        // A long queue is sent over many passes, so new changes keep being read (and coalesced) meanwhile.
        long passEnds = System.nanoTime() + PASS_LENGTH.toNanos();
        for (List<SyncQueue.Job> jobs = queue.due(clock.millis(), DUE_BATCH); !jobs.isEmpty() && !closed
                && System.nanoTime() - passEnds < 0; jobs = queue.due(clock.millis(), DUE_BATCH)) {
            for (SyncQueue.Job job : jobs) {
                if (closed || System.nanoTime() - passEnds >= 0) {
                    break;
                }
                try {
                    if (delivery.deliver(job, store, queue, map, plex, pace, pass, clock.millis()) == Delivery.Outcome.DELIVERED) {
                        delivered++;
                        lastDelivered = clock.instant();
                    } else {
                        notInPlex++;
                    }
                    plexAnswered(queue);
                } catch (PlexServerException.Rejected | PlexServerException.NotFound e) {
                    long retryIn = Math.min(settings.backoffCap().toMillis(), FIRST_BACKOFF.toMillis() << Math.min(20, job.attempts()));
                    queue.retryLater(job, e.getMessage(), clock.millis(), clock.millis() + retryIn);
                }
            }
            if (pass.mapUpdated) {
                remember(pass.found);
                pass.found.clear();
                mapUpdated(queue, placements);
            }
        }
        // After the changes: the artwork of items Plex matched since the last listing.
        for (int i = 0; i < ARTWORK_PER_PASS && !newItems.isEmpty() && !closed && indexReady.getAsBoolean(); i++) {
            PlexLibraryMap.NewItem item = newItems.peek();
            delivery.artworkOfNewItem(item, store, queue, plex, pace);
            newItems.poll();
            artworkWaiting = newItems.size();
            plexAnswered(queue);
        }
        if (notInPlex > 0) {
            LOG.atInfo().addKeyValue("scenes", notInPlex).addKeyValue("items_mapped", itemsMapped)
                    .log("Plex sync: changed scenes Plex has no item for (not in a Plex library, or not matched yet) were skipped");
        }
        long untilDue = queue.nextDue().map(due -> due - clock.millis()).orElse(Long.MAX_VALUE);
        return Duration.ofMillis(Math.max(10, Math.min(FEED_EVERY.toMillis(), untilDue)));
    }

    private void remember(List<PlexLibraryMap.NewItem> found) {
        if (settings.uploadArtwork()) {
            newItems.addAll(found);
            artworkWaiting = newItems.size();
        }
    }

    private void mapUpdated(SyncQueue queue, PlexPlacements placements) {
        itemsMapped = placements.count();
        mapped = true;
        plexListed = true;
        plexAnswered(queue);
    }

    private void plexAnswered(SyncQueue queue) {
        backoff = FIRST_BACKOFF;
        if (failingSince != null) {
            LOG.atInfo().addKeyValue("failing_since", failingSince).log("Plex sync: Plex answers again; sending what waited");
            queue.recovered();
            failingSince = null;
            reason = null;
        }
    }

    private void failing(String why, boolean log) {
        if (failingSince == null && log) {
            LOG.atWarn().addKeyValue("reason", why).log("Plex sync: Plex is not taking changes; they wait and are sent when it does");
        }
        if (failingSince == null) {
            failingSince = clock.instant();
        }
        reason = why;
        stores.get().ifPresent(store -> {
            try {
                store.syncQueue().failingAll(why, clock.millis());
            } catch (StoreException e) {
                LOG.atDebug().addKeyValue("reason", e.getMessage()).log("Plex sync: could not mark the waiting changes");
            }
        });
    }
}
