package dev.stash2plex.core.stash;

/**
 * One video file of a scene, as Stash sees it.
 *
 * @param path full path in Stash's own file system, with the server's separator
 * @param durationSeconds Stash's {@code duration}; 0 when unknown
 * @param oshash the file's oshash fingerprint (16 lowercase hex digits), or null when not read or not computed
 */
public record SceneFile(String path, String basename, long size, double durationSeconds, String oshash) {

    public SceneFile(String path, String basename, long size, double durationSeconds) {
        this(path, basename, size, durationSeconds, null);
    }
}
