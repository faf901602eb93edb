package dev.stash2plex.app.autostart;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A login entry that is a file (XDG .desktop, LaunchAgent .plist): written whole or not at all. */
final class EntryFile {

    private final Path file;

    EntryFile(Path file) {
        this.file = file;
    }

    boolean exists() {
        return Files.isRegularFile(file);
    }

    void write(String content) throws AutostartException {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            try {
                Files.writeString(temporary, content);
                try {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new AutostartException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    void delete() throws AutostartException {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new AutostartException("Cannot remove " + file + ": " + e.getMessage(), e);
        }
    }
}
