package dev.stash2plex.provider.sync;

import java.time.Duration;

/**
 * How the Plex sync behaves. The first four come from settings ({@code S2P_SYNC_*},
 * {@code S2P_PLEX_UPLOAD_ARTWORK}); the timings are fixed in production and shortened by tests.
 *
 * @param ratePerSecond refreshes (and uploads) sent to Plex per second at most
 * @param giveUpAfter a change failing this long is parked
 * @param scanNewFolders ask Plex to scan the folder of a new scene that has no Plex item
 * @param uploadArtwork upload poster and background into Plex once per image version
 * @param settle a change waits this long before it is sent, so a burst of edits makes one refresh
 * @param backoffCap the longest wait between tries while Plex is away
 * @param mapRecheck how often Plex's sections are looked at for a scan that added items
 */
public record SyncSettings(
        double ratePerSecond,
        Duration giveUpAfter,
        boolean scanNewFolders,
        boolean uploadArtwork,
        Duration settle,
        Duration backoffCap,
        Duration mapRecheck) {

    public static final Duration SETTLE = Duration.ofSeconds(1);
    public static final Duration BACKOFF_CAP = Duration.ofSeconds(60);
    public static final Duration MAP_RECHECK = Duration.ofSeconds(30);

    public SyncSettings {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("the sync rate must be above 0, not " + ratePerSecond);
        }
    }

    /** The shipped behaviour with these user choices. */
    public static SyncSettings of(double ratePerSecond, Duration giveUpAfter, boolean scanNewFolders, boolean uploadArtwork) {
        return new SyncSettings(ratePerSecond, giveUpAfter, scanNewFolders, uploadArtwork, SETTLE, BACKOFF_CAP, MAP_RECHECK);
    }

    /** The defaults of every setting. */
    public static SyncSettings defaults() {
        return of(2, Duration.ofHours(72), false, true);
    }
}
