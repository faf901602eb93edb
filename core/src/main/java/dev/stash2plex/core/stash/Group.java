package dev.stash2plex.core.stash;

/**
 * A Stash group (a "movie" before v0.27): what its collection shows.
 *
 * @param synopsis null when Stash has none
 * @param hasImage false when Stash would only serve its generic front image ({@code default=true})
 * @param imageVersion changes when the front image changes (Stash's {@code ?t=}); "0" when unknown
 */
public record Group(String id, String name, String synopsis, String date, boolean hasImage, String imageVersion) {
}
