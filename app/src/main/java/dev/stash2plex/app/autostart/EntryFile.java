package dev.stash2plex.app.autostart;

import dev.stash2plex.app.platform.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A login entry that is a file (XDG .desktop, LaunchAgent .plist): written whole or not at all, owner-only. */
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
            AtomicFile.write(file, content);
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
