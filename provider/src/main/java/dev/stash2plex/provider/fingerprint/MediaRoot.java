package dev.stash2plex.provider.fingerprint;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A folder of Plex's media that the provider can read, for fingerprints. Plex names a file by its
 * own path; the provider reads it under {@code localDir}, which is where the same folder is mounted
 * in the provider's container (read-only).
 *
 * @param plexPrefix the folder as Plex sees it, e.g. {@code /media/videos} or {@code D:\Videos}
 * @param localDir the same folder as the provider sees it
 */
public record MediaRoot(String plexPrefix, Path localDir) {

    public MediaRoot {
        Objects.requireNonNull(plexPrefix, "plexPrefix");
        Objects.requireNonNull(localDir, "localDir");
    }

    /**
     * {@code S2P_MEDIA_ROOTS}: a comma-separated list; each entry is a folder Plex and the provider
     * both see at the same path ({@code /media}), or {@code plex-folder=provider-folder}
     * ({@code /data/videos=/media/videos}). Blank means none.
     *
     * @throws IllegalArgumentException naming the entry that is not a usable folder path
     */
    public static List<MediaRoot> parseList(String text) {
        List<MediaRoot> roots = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return roots;
        }
        for (String entry : text.split(",")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            String plex = (equals < 0 ? trimmed : trimmed.substring(0, equals)).strip();
            String local = (equals < 0 ? trimmed : trimmed.substring(equals + 1)).strip();
            if (plex.isEmpty() || local.isEmpty()) {
                throw new IllegalArgumentException("entry \"" + trimmed + "\" needs a folder on each side of '='");
            }
            Path localDir;
            try {
                localDir = Path.of(local);
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("entry \"" + trimmed + "\" is not a folder path: " + e.getReason());
            }
            if (!localDir.isAbsolute()) {
                throw new IllegalArgumentException("entry \"" + trimmed + "\" must be an absolute folder path");
            }
            roots.add(new MediaRoot(plex, localDir.normalize()));
        }
        return roots;
    }

    @Override
    public String toString() {
        return plexPrefix.equals(localDir.toString()) ? plexPrefix : plexPrefix + "=" + localDir;
    }
}
