package dev.stash2plex.provider.testing;

import java.util.Objects;

/**
 * A video file of a scene in {@link FakeStash}.
 *
 * @param path full path as Stash stores it, with the server's separator ({@code /} or {@code \})
 * @param oshash the file's oshash fingerprint as Stash prints it (16 lowercase hex digits); when
 *               null, one is derived from the path, so files added without one still have a
 *               stable, distinct-enough fingerprint
 */
public record FakeFile(String path, long size, double durationSeconds, String oshash) {

    public FakeFile {
        Objects.requireNonNull(path, "path");
        if (oshash == null) {
            oshash = String.format("%016x", path.hashCode());
        } else if (!oshash.matches("[0-9a-f]{16}")) {
            throw new IllegalArgumentException("Stash prints an oshash as 16 lowercase hex digits: " + oshash);
        }
    }

    /** A file whose oshash is derived from its path. */
    public FakeFile(String path, long size, double durationSeconds) {
        this(path, size, durationSeconds, null);
    }

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
