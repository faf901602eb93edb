package dev.stash2plex.provider.sync;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * The {@code sync} block of {@code /health}, which the desktop app turns into "Plex up to date" or
 * "12 changes waiting — Plex unreachable since 14:02".
 *
 * @param state off (no token, or no index), starting, up_to_date, waiting, failing (Plex away or
 *     answering 5xx: tried again with back-off) or stopped (Plex refused the token: not tried again
 *     until "Sync now" or a restart)
 * @param reason why it is off, failing or stopped; null otherwise
 * @param waiting changes not yet delivered to Plex
 * @param parked changes given up on after failing for {@code give_up_hours}; {@code POST /sync/retry} retries them
 * @param failingSince when the current failure began; null unless failing or stopped
 * @param lastDelivered when Plex last accepted a refresh; null before the first
 * @param delivered refreshes Plex accepted since the provider started
 * @param itemsMapped Plex items found carrying this provider's guid
 * @param artworkWaiting newly matched items whose artwork is still to be checked and uploaded
 */
public record SyncStatus(
        @JsonProperty("state") String state,
        @JsonProperty("reason") String reason,
        @JsonProperty("waiting") int waiting,
        @JsonProperty("parked") int parked,
        @JsonProperty("failing_since") Instant failingSince,
        @JsonProperty("last_delivered") Instant lastDelivered,
        @JsonProperty("delivered") long delivered,
        @JsonProperty("items_mapped") int itemsMapped,
        @JsonProperty("artwork_waiting") int artworkWaiting,
        @JsonProperty("rate_per_second") double ratePerSecond,
        @JsonProperty("give_up_hours") long giveUpHours,
        @JsonProperty("upload_artwork") boolean uploadArtwork) {

    public static SyncStatus off(String reason) {
        return new SyncStatus("off", reason, 0, 0, null, null, 0, 0, 0, 0, 0, false);
    }
}
