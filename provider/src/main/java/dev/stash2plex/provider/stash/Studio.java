package dev.stash2plex.provider.stash;

/**
 * @param hasImage false when Stash would only serve its generic placeholder ({@code default=true})
 * @param parent the parent studio, or null
 */
public record Studio(String id, String name, boolean hasImage, Studio parent) {
}
