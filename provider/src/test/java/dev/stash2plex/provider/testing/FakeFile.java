package dev.stash2plex.provider.testing;

/**
 * A video file of a scene in {@link FakeStash}.
 *
 * @param path full path as Stash stores it, with the server's separator ({@code /} or {@code \})
 */
public record FakeFile(String path, long size, double durationSeconds) {

    /**
     * The last path element. The separator is the server's: {@code /} for a path starting with
     * one (Stash on Linux or in Docker, where {@code \} is an ordinary file-name character),
     * otherwise {@code \} (Stash on Windows).
     */
    public String basename() {
        char separator = path.startsWith("/") ? '/' : '\\';
        return path.substring(path.lastIndexOf(separator) + 1);
    }
}
