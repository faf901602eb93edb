package dev.stash2plex.app.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Gives the folders the provider container mounts to the user it runs as, for an app that runs as
 * root on a rootful engine ({@link ContainerUser}): the provider must not run as the host's root, so
 * it runs as the image's user, which must be able to read {@code /config} and the Stash API key file
 * ({@link ProviderSecrets}) and write {@code /data}. The config and secrets folders and the files in
 * them, and the data folder with everything under it, change owner;
 * their modes stay owner-only. Their parents stay root's and owner-only (0700), so no account of
 * the host that happens to have that uid can reach them. Links are changed, never followed.
 */
final class FolderHandover {

    private FolderHandover() {
    }

    static void giveTo(int uid, int gid, Path configDir, Path dataDir, Path secretsDir) throws IOException {
        List<Path> data;
        try (Stream<Path> everything = Files.walk(dataDir)) {
            data = everything.toList();
        }
        for (Path path : Stream.of(folderAndFiles(configDir), data, folderAndFiles(secretsDir)).flatMap(List::stream).toList()) {
            owner(path, uid, gid);
        }
    }

    private static List<Path> folderAndFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return Stream.concat(Stream.of(folder), files).toList();
        }
    }

    /** Only what another user owns changes hands (group included); what the uid owns already is left as it is. */
    private static void owner(Path path, int uid, int gid) throws IOException {
        if (!Integer.valueOf(uid).equals(Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS))) {
            Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
            Files.setAttribute(path, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
        }
    }
}
