package dev.stash2plex.provider.stash;

/**
 * @param disambiguation null when Stash has none
 * @param gender Stash's enum name (FEMALE, MALE, …) or null
 * @param hasImage false when Stash would only serve its generic placeholder ({@code default=true})
 */
public record Performer(String id, String name, String disambiguation, String gender, boolean hasImage) {
}
