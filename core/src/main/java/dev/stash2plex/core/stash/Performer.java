package dev.stash2plex.core.stash;

/**
 * @param disambiguation null when Stash has none
 * @param gender Stash's enum name (FEMALE, MALE, …) or null
 * @param hasImage false when Stash would only serve its generic placeholder ({@code default=true})
 * @param imageVersion changes when the picture changes (Stash's {@code ?t=} value); "0" when unknown
 */
public record Performer(String id, String name, String disambiguation, String gender, boolean hasImage, String imageVersion) {
}
