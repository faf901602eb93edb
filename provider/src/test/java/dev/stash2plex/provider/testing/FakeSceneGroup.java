package dev.stash2plex.provider.testing;

/**
 * A scene's place in a group, as Stash's {@code SceneGroup}.
 *
 * @param sceneIndex the scene's position in the group, or null when Stash has none
 */
public record FakeSceneGroup(FakeGroup group, Integer sceneIndex) {
}
