package dev.stash2plex.provider.testing;

/**
 * A video file of a scene in {@link FakeStash}.
 *
 * @param path full path as Stash stores it, with the server's separator ({@code /} or {@code \})
 */
public record FakeFile(String path, long size, double durationSeconds) {

    /** The last path element, split on either separator like Stash's folder + basename. */
    public String basename() {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }
}
