package dev.stash2plex.app.autostart;

import dev.stash2plex.app.platform.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Start at login as one file the OS reads at login (XDG {@code .desktop}, macOS LaunchAgent {@code .plist}):
 * switched on, the file is written whole or not at all, owner-only ({@link AtomicFile}); switched off, it is
 * removed. Which file and what it says is the OS's part ({@link XdgAutostart}, {@link LaunchAgent}).
 */
final class EntryFile implements Autostart {

    private final Path file;
    private final String content;

    EntryFile(Path file, String content) {
        this.file = file;
        this.content = content;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public boolean enabled() {
        return Files.isRegularFile(file);
    }

    @Override
    public void setEnabled(boolean enabled) throws AutostartException {
        if (enabled) {
            write();
        } else {
            delete();
        }
    }

    private void write() throws AutostartException {
        try {
            AtomicFile.write(file, content);
        } catch (IOException e) {
            throw new AutostartException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private void delete() throws AutostartException {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new AutostartException("Cannot remove " + file + ": " + e.getMessage(), e);
        }
    }
}
