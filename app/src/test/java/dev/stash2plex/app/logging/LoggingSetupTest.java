package dev.stash2plex.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The app's log names the user's folders and addresses: folder 0700, every file 0600, rolled ones too. */
class LoggingSetupTest {

    @TempDir
    Path dir;

    @AfterEach
    void resetLogging() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).reset();
    }

    @Test
    void theLogFolderAndEveryLogFileAreOwnerOnlyRolledOnesToo() throws Exception {
        Path logs = dir.resolve("stash2plex/logs");
        Files.createDirectories(logs);
        Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path older = Files.writeString(logs.resolve("stash2plex-app.3.log"), "from an earlier version\n");
        Files.setPosixFilePermissions(older, PosixFilePermissions.fromString("rw-r--r--"));

        LoggingSetup.start(logs);
        org.slf4j.Logger log = LoggerFactory.getLogger("test");
        log.info("first");

        assertThat(mode(logs)).isEqualTo("rwx------");
        assertThat(mode(older)).isEqualTo("rw-------");
        // What the size trigger does once the file reaches 5 MB; logback then opens a new file.
        RollingFileAppender<?> file = (RollingFileAppender<?>) ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME))
                .getAppender("file");
        file.rollover();
        log.info("second");
        file.rollover();
        log.info("third");

        try (var files = Files.list(logs)) {
            List<Path> all = files.toList();
            assertThat(all).extracting(path -> path.getFileName().toString())
                    .contains("stash2plex-app.log", "stash2plex-app.1.log", "stash2plex-app.2.log");
            for (Path each : all) {
                assertThat(mode(each)).as(each.toString()).isEqualTo("rw-------");
            }
        }
        assertThat(logs.resolve("stash2plex-app.log")).content().contains("third");
    }

    @Test
    void aMissingLogFolderIsCreatedOwnerOnlyWithItsParent() throws Exception {
        LoggingSetup.start(dir.resolve("portable/logs"));
        LoggerFactory.getLogger("test").info("hello");

        assertThat(mode(dir.resolve("portable"))).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("portable/logs"))).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("portable/logs/stash2plex-app.log"))).isEqualTo("rw-------");
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
