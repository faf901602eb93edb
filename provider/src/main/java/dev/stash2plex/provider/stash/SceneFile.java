package dev.stash2plex.provider.stash;

/**
 * One video file of a scene, as Stash sees it.
 *
 * @param path full path in Stash's own file system, with the server's separator
 * @param durationSeconds Stash's {@code duration}; 0 when unknown
 */
public record SceneFile(String path, String basename, long size, double durationSeconds) {
}
