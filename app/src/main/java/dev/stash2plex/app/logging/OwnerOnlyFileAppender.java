package dev.stash2plex.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import dev.stash2plex.app.platform.OwnerOnly;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Logback's rolling file, owner-only (0600): the app's log names the user's folders, Stash and Plex
 * addresses and library paths. Logback creates its files with the process's umask (usually 0644),
 * at start and again after each rollover, and both go through {@link #openFile}; the file is
 * created owner-only just before, or made owner-only if an earlier version left it readable.
 */
final class OwnerOnlyFileAppender extends RollingFileAppender<ILoggingEvent> {

    @Override
    public void openFile(String fileName) throws IOException {
        OwnerOnly.file(Path.of(fileName));
        super.openFile(fileName);
    }
}
