package dev.stash2plex.core.stash;

/**
 * A scene's place in a group.
 *
 * @param sceneIndex the scene's number in the group, or null when Stash has none
 */
public record SceneGroup(Group group, Integer sceneIndex) {
}
