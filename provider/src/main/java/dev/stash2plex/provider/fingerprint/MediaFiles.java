package dev.stash2plex.provider.fingerprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the file Plex names in a match request among the media folders the provider can read,
 * so that it can be fingerprinted. Plex's path is only trusted to choose a file inside one of
 * those folders: nothing it names can lead the provider to read anything outside them.
 */
public final class MediaFiles {

    private final List<MediaRoot> roots;

    public MediaFiles(List<MediaRoot> roots) {
        this.roots = List.copyOf(roots);
    }

    /**
     * The readable regular file that {@code plexFilename} names, under the media root with the
     * longest {@link MediaRoot#plexPrefix() Plex folder} containing it (the first such root on a tie).
     * Empty when no root contains it, it climbs out with {@code ..}, it is missing, not a regular
     * file or not readable, or it is a link that leads outside its root.
     */
    public Optional<Path> find(String plexFilename) {
        Optional<PlexPath> file = PlexPath.parse(plexFilename);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        MediaRoot bestRoot = null;
        PlexPath bestFolder = null;
        for (MediaRoot root : roots) {
            Optional<PlexPath> folder = PlexPath.parse(root.plexPrefix());
            if (folder.isPresent() && file.get().isInside(folder.get())
                    && (bestFolder == null || folder.get().names().size() > bestFolder.names().size())) {
                bestRoot = root;
                bestFolder = folder.get();
            }
        }
        if (bestRoot == null) {
            return Optional.empty();
        }
        return readableFileInside(bestRoot.localDir(), file.get().namesBelow(bestFolder));
    }

    private static Optional<Path> readableFileInside(Path localDir, List<String> names) {
        if (names.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path candidate = localDir;
            for (String name : names) {
                Path step = localDir.getFileSystem().getPath(name);
                // One Plex name must stay one local name: never a root, a drive or several levels.
                if (step.isAbsolute() || step.getRoot() != null || step.getNameCount() != 1) {
                    return Optional.empty();
                }
                candidate = candidate.resolve(step);
            }
            // Links are followed before the check, so one that points outside the root is refused.
            Path real = candidate.toRealPath();
            if (!real.startsWith(localDir.toRealPath()) || !Files.isRegularFile(real) || !Files.isReadable(real)) {
                return Optional.empty();
            }
            // The resolved path, so that reading the file later does not follow the links again.
            return Optional.of(real);
        } catch (InvalidPathException | IOException e) {
            // A name this file system cannot hold, or a file that is not there: Plex named nothing readable.
            return Optional.empty();
        }
    }
}
