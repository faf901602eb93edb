package dev.stash2plex.core.stash;

/**
 * @param hasImage false when Stash would only serve its generic placeholder ({@code default=true})
 * @param imageVersion changes when the picture changes (Stash's {@code ?t=} value); "0" when unknown
 * @param parent the parent studio, or null
 */
public record Studio(String id, String name, boolean hasImage, String imageVersion, Studio parent) {
}
