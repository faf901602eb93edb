package dev.stash2plex.provider.health;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * The last thing the background check learned about Stash.
 *
 * @param usable Stash answered with the key and is not in setup or migration
 * @param checkedAt null before the first check finished
 * @param lastError the most recent failure ({@code unauthorized: …}), kept after recovery for diagnosis
 */
public record StashHealth(
        @JsonProperty("reachable") boolean usable,
        @JsonProperty("version") String version,
        @JsonProperty("status") String status,
        @JsonProperty("checked_at") Instant checkedAt,
        @JsonProperty("last_error") String lastError,
        @JsonProperty("last_error_at") Instant lastErrorAt) {

    static final StashHealth UNCHECKED = new StashHealth(false, null, null, null, null, null);
}
