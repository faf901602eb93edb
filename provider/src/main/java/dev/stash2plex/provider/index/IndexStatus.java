package dev.stash2plex.provider.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * What {@code /health} and {@code /explain} say about the scene index, and what the desktop app
 * turns into "Indexing Stash… 40 %".
 *
 * @param state off, loading, ready or failed
 * @param loaded scenes stored so far (during a build) or in all
 * @param total scenes Stash reported for the build; null when unknown
 * @param percent loaded of total while loading; null otherwise
 * @param startedFrom disk (a complete index was found) or empty (built from Stash)
 * @param store file or memory
 * @param lagSeconds how long ago the last refresh finished; null before the first
 * @param usable true when matches are answered from the index (ready and fresh)
 * @param warning what the operator should know (memory fallback, Stash unreachable…), or null
 */
public record IndexStatus(
        @JsonProperty("state") String state,
        @JsonProperty("usable") boolean usable,
        @JsonProperty("loaded") int loaded,
        @JsonProperty("total") Integer total,
        @JsonProperty("percent") Integer percent,
        @JsonProperty("scenes") int scenes,
        @JsonProperty("started_from") String startedFrom,
        @JsonProperty("store") String store,
        @JsonProperty("store_bytes") long storeBytes,
        @JsonProperty("last_refresh") Instant lastRefresh,
        @JsonProperty("lag_seconds") Long lagSeconds,
        @JsonProperty("refresh_seconds") long refreshSeconds,
        @JsonProperty("stash_requests") long stashRequests,
        @JsonProperty("changes_logged") int changesLogged,
        @JsonProperty("warning") String warning) {

    /** The index when {@code S2P_INDEX_REFRESH_SECONDS=0}: every match asks Stash. */
    public static IndexStatus off() {
        return new IndexStatus("off", false, 0, null, null, 0, null, null, 0, null, null, 0, 0, 0, null);
    }
}
