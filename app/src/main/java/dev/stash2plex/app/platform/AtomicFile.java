package dev.stash2plex.app.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * The app's one way to write a file (settings, path rules, login entries, the Plex address): a
 * reader (or a crash) sees either the old or the new content, never half of it. A temporary file in
 * the same folder is written, flushed to disk, then moved over the target; whatever fails, it is
 * gone afterwards. The file is owner-only (0600) and a missing folder is created owner-only (0700),
 * because these files hold the Stash API key and the Plex token. A replaced file keeps its owner
 * and group where the app may set them (it runs as root and gave the file to the provider's user).
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    public static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Bytes as they are (a backup of a file that may not even be text). */
    public static void write(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        OwnerOnly.createFolders(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp", OwnerOnly.fileAttributes());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(ByteBuffer.wrap(content));
                channel.force(true);
            }
            keepOwner(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Best effort: only root may give a file away, and a file that was ours stays ours anyway. */
    private static void keepOwner(Path target, Path temp) {
        if (!OwnerOnly.POSIX || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            PosixFileAttributes before = Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            PosixFileAttributes now = Files.readAttributes(temp, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            if (!before.owner().equals(now.owner())) {
                view.setOwner(before.owner());
            }
            if (!before.group().equals(now.group())) {
                view.setGroup(before.group());
            }
        } catch (IOException | SecurityException e) {
            // not allowed to: the new file belongs to the app's user, as any file it writes
        }
    }
}
