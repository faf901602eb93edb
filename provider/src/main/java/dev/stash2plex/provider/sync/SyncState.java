package dev.stash2plex.provider.sync;

import dev.stash2plex.provider.index.store.SyncQueue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the sync's thread and the requests share: the moving parts {@code /health} shows (written by
 * the sync's thread, read by any request), the back-off while Plex is away, and a "Sync now" not yet
 * acted on. Each field is published on its own; a status is a snapshot that may mix two adjacent
 * moments, which is all a status line needs.
 */
final class SyncState {

    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    // Under the sync's name, as before these lines had their own class: log readers filter on the logger.
    private static final Logger LOG = LoggerFactory.getLogger(PlexSync.class);

    private final SyncSettings settings;
    private final Clock clock;
    private final AtomicBoolean forced = new AtomicBoolean();
    private volatile boolean stopped;
    private volatile Instant failingSince;
    private volatile String reason;
    private volatile Instant lastDelivered;
    private volatile long delivered;
    private volatile int itemsMapped;
    private volatile boolean mapped;
    /** Whether the store holds a listing of Plex's items (see {@link PlexSync#plexListed()}). */
    private volatile boolean plexListed;
    private volatile Duration backoff = FIRST_BACKOFF;
    private volatile int artworkWaiting;

    SyncState(SyncSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** @param counts the queue's counts, or null when the store cannot be read (or is not open) */
    SyncStatus status(SyncQueue.Counts counts) {
        int waiting = counts == null ? 0 : counts.waiting();
        String state = stopped ? "stopped" : failingSince != null ? "failing" : counts == null || !mapped ? "starting"
                : waiting > 0 || artworkWaiting > 0 ? "waiting" : "up_to_date";
        return new SyncStatus(state, reason, waiting, counts == null ? 0 : counts.parked(), failingSince, lastDelivered,
                delivered, itemsMapped, artworkWaiting, settings.ratePerSecond(), settings.giveUpAfter().toHours(),
                settings.uploadArtwork());
    }

    boolean plexListed() {
        return plexListed;
    }

    boolean mapped() {
        return mapped;
    }

    int itemsMapped() {
        return itemsMapped;
    }

    boolean stopped() {
        return stopped;
    }

    String reason() {
        return reason;
    }

    // ---- "Sync now" (any thread)

    /** The sections listed afresh at the next pass, a stop after a 401 lifted, the back-off from the start. */
    void syncNow() {
        forced.set(true);
        stopped = false;
        backoff = FIRST_BACKOFF;
    }

    /** Whether "Sync now" asked for a listing since the last call. */
    boolean takeForced() {
        return forced.getAndSet(false);
    }

    // ---- the sync's thread only

    /** Plex refused the token: retrying cannot help, so nothing is sent until "Sync now" or a restart. */
    void stop() {
        stopped = true;
    }

    /** How long to wait after Plex failed; the next failure waits twice as long, up to the cap. */
    Duration backOff() {
        Duration wait = backoff;
        backoff = backoff.multipliedBy(2).compareTo(settings.backoffCap()) > 0 ? settings.backoffCap() : backoff.multipliedBy(2);
        return wait;
    }

    void failing(String why, boolean log) {
        if (failingSince == null && log) {
            LOG.atWarn().addKeyValue("reason", why).log("Plex sync: Plex is not taking changes; they wait and are sent when it does");
        }
        if (failingSince == null) {
            failingSince = clock.instant();
        }
        reason = why;
    }

    /** Plex answered: the back-off starts over, and after a failure the jobs that waited are due again. */
    void answered(SyncQueue queue) {
        backoff = FIRST_BACKOFF;
        if (failingSince != null) {
            LOG.atInfo().addKeyValue("failing_since", failingSince).log("Plex sync: Plex answers again; sending what waited");
            queue.recovered();
            failingSince = null;
            reason = null;
        }
    }

    void delivered() {
        delivered++;
        lastDelivered = clock.instant();
    }

    /** A store not seen before: whether Plex was listed into it, and how many items it holds. */
    void storeSeen(boolean listed, int items) {
        plexListed = listed;
        itemsMapped = items;
    }

    /** Plex's sections were listed into the store, which now holds {@code items} of ours. */
    void mapUpdated(int items) {
        itemsMapped = items;
        mapped = true;
        plexListed = true;
    }

    void artworkWaiting(int items) {
        artworkWaiting = items;
    }
}
