package dev.stash2plex.core.stash;

/**
 * A scene of a group, with its number in it.
 *
 * @param sceneIndex null when Stash has none
 */
public record GroupScene(Scene scene, Integer sceneIndex) {
}
