package dev.stash2plex.provider.sync;

import dev.stash2plex.provider.index.store.PlexPlacements;
import dev.stash2plex.provider.index.store.SceneStore;
import dev.stash2plex.provider.index.store.SyncQueue;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One look at the change log and Plex, as the sync's thread takes it: the log turned into jobs, jobs
 * failing too long parked, Plex's sections listed when due, the due jobs delivered (paced) for at most
 * {@link #PASS_LENGTH}, then some new items' artwork. Between passes it keeps what it knows of Plex's
 * library and the new items still to check; the sync's thread alone uses it.
 */
final class SyncPass {

    /** How often the change log is read: the index writes it at most every few seconds. */
    static final Duration FEED_EVERY = Duration.ofSeconds(1);
    private static final int FEED_BATCH = 5_000;
    private static final int DUE_BATCH = 100;
    private static final Duration PASS_LENGTH = Duration.ofSeconds(10);
    /** New items' artwork checked per pass, so waiting changes are never held up for long. */
    private static final int ARTWORK_PER_PASS = 20;

    // Under the sync's name, as before the pass had its own class: log readers filter on the logger.
    private static final Logger LOG = LoggerFactory.getLogger(PlexSync.class);

    private final PlexServer plex;
    private final Supplier<Optional<SceneStore>> stores;
    /** New items' artwork waits for a usable index: before, their scenes may not be in it yet. */
    private final BooleanSupplier indexReady;
    private final Delivery delivery;
    private final SyncSettings settings;
    private final Clock clock;
    private final SyncState state;
    /** True once the sync is closing: a pass stops between jobs. */
    private final BooleanSupplier closed;
    private final SendPace pace;
    private final PlexLibraryMap map = new PlexLibraryMap();
    /** The store {@link SyncState#plexListed()} was last read from. */
    private PlexPlacements listedFlagFrom;
    /** Items Plex matched since they were last listed, whose artwork to check. */
    private final ArrayDeque<PlexLibraryMap.NewItem> newItems = new ArrayDeque<>();

    SyncPass(PlexServer plex, Supplier<Optional<SceneStore>> stores, BooleanSupplier indexReady, Delivery delivery,
            SyncSettings settings, Clock clock, SyncState state, BooleanSupplier closed) {
        this.plex = plex;
        this.stores = stores;
        this.indexReady = indexReady;
        this.delivery = delivery;
        this.settings = settings;
        this.clock = clock;
        this.state = state;
        this.closed = closed;
        this.pace = new SendPace(settings.ratePerSecond());
    }

    /** One look at the change log and Plex; returns how long to wait before the next. */
    Duration run() throws PlexServerException, InterruptedException {
        Optional<SceneStore> current = stores.get();
        if (current.isEmpty()) {
            return FEED_EVERY;
        }
        SceneStore store = current.get();
        PlexPlacements placements = store.plexPlacements();
        if (placements != listedFlagFrom) {
            // A store not seen before (the first, or the index's new one): whether Plex was listed into it, and
            // how many items it holds, from its file, so /health tells the truth before Plex answers again.
            boolean listed = placements.listedAt().isPresent();
            state.storeSeen(listed, listed ? placements.count() : 0);
            listedFlagFrom = placements;
        }
        SyncQueue queue = store.syncQueue();
        while (queue.feed(clock.millis(), settings.settle().toMillis(), FEED_BATCH) == FEED_BATCH && !closed.getAsBoolean()) {
            // a long log after a pause: read it all before sending anything, so it coalesces
        }
        int parked = queue.park(clock.millis() - settings.giveUpAfter().toMillis(), clock.millis());
        if (parked > 0) {
            LOG.atWarn().addKeyValue("parked", parked).addKeyValue("give_up_hours", settings.giveUpAfter().toHours())
                    .log("Plex sync: changes failing for too long were parked; POST /sync/retry tries them again");
        }
        if (state.stopped()) {
            // Changes still become jobs, to be sent once the token is fixed; Plex is not asked.
            queue.failingAll(state.reason(), clock.millis());
            return FEED_EVERY;
        }
        boolean force = state.takeForced();
        long now = clock.millis();
        if (force || !state.mapped() || !map.listedInto(placements) || now - map.listedAt() >= settings.mapRecheck().toMillis()) {
            remember(map.update(plex, placements, force, now));
            mapUpdated(queue, placements);
        }
        Delivery.Pass pass = new Delivery.Pass();
        int notInPlex = 0;
        // A long queue is sent over many passes, so new changes keep being read (and coalesced) meanwhile.
        long passEnds = System.nanoTime() + PASS_LENGTH.toNanos();
        for (List<SyncQueue.Job> jobs = queue.due(clock.millis(), DUE_BATCH); !jobs.isEmpty() && !closed.getAsBoolean()
                && System.nanoTime() - passEnds < 0; jobs = queue.due(clock.millis(), DUE_BATCH)) {
            for (SyncQueue.Job job : jobs) {
                if (closed.getAsBoolean() || System.nanoTime() - passEnds >= 0) {
                    break;
                }
                try {
                    if (delivery.deliver(job, store, queue, map, plex, pace, pass, clock.millis()) == Delivery.Outcome.DELIVERED) {
                        state.delivered();
                    } else {
                        notInPlex++;
                    }
                    state.answered(queue);
                } catch (PlexServerException.Rejected | PlexServerException.NotFound e) {
                    long retryIn = Math.min(settings.backoffCap().toMillis(),
                            SyncState.FIRST_BACKOFF.toMillis() << Math.min(20, job.attempts()));
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
        for (int i = 0; i < ARTWORK_PER_PASS && !newItems.isEmpty() && !closed.getAsBoolean() && indexReady.getAsBoolean(); i++) {
            PlexLibraryMap.NewItem item = newItems.peek();
            delivery.artworkOfNewItem(item, store, queue, plex, pace);
            newItems.poll();
            state.artworkWaiting(newItems.size());
            state.answered(queue);
        }
        if (notInPlex > 0) {
            LOG.atInfo().addKeyValue("scenes", notInPlex).addKeyValue("items_mapped", state.itemsMapped())
                    .log("Plex sync: changed scenes Plex has no item for (not in a Plex library, or not matched yet) were skipped");
        }
        long untilDue = queue.nextDue().map(due -> due - clock.millis()).orElse(Long.MAX_VALUE);
        return Duration.ofMillis(Math.max(10, Math.min(FEED_EVERY.toMillis(), untilDue)));
    }

    private void remember(List<PlexLibraryMap.NewItem> found) {
        if (settings.uploadArtwork()) {
            newItems.addAll(found);
            state.artworkWaiting(newItems.size());
        }
    }

    private void mapUpdated(SyncQueue queue, PlexPlacements placements) {
        state.mapUpdated(placements.count());
        state.answered(queue);
    }
}
