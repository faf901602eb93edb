package dev.stash2plex.app.platform;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Folders (0700) and files (0600) that only their owner can read: the app's settings hold the Stash
 * API key and the Plex token, its logs and the provider's index name the user's library. Where the
 * file system has no POSIX permissions (Windows), the per-user profile folders are private to the
 * user already and these only create what is missing.
 */
public final class OwnerOnly {

    static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private OwnerOnly() {
    }

    /** Creates the folder and any missing parent owner-only; folders that exist are left as they are. */
    public static void createFolders(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (POSIX) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
        } else {
            Files.createDirectories(folder);
        }
    }

    /**
     * One of the app's own folders: created owner-only, or made owner-only if an earlier version (or
     * another program) created it readable by others. Its parents, which are not the app's, are only
     * created when missing.
     */
    public static void folder(Path folder) throws IOException {
        createFolders(folder);
        takeAwayFromOthers(folder);
    }

    /** Creates an empty owner-only file if it is missing, or makes the existing one owner-only. */
    public static void file(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                if (POSIX) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
                } else {
                    Files.createFile(file);
                }
                return;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // created in between: made owner-only below
            }
        }
        takeAwayFromOthers(file);
    }

    /** The attribute that creates a file owner-only, or none where there are no POSIX permissions. */
    static FileAttribute<?>[] fileAttributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    private static void takeAwayFromOthers(Path path) throws IOException {
        if (!POSIX) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        if (permissions.removeAll(OTHERS)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }
}
