package dev.stash2plex.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyTest {

    @TempDir
    Path dir;

    @Test
    void anAppFolderAnEarlierVersionLeftReadableIsMadeOwnerOnlyItsParentIsNot() throws Exception {
        Path parent = Files.createDirectories(dir.resolve("home/.config"));
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path settings = Files.createDirectory(parent.resolve("stash2plex"));
        Files.setPosixFilePermissions(settings, PosixFilePermissions.fromString("rwxr-xr-x"));

        OwnerOnly.folder(settings);

        assertThat(mode(settings)).isEqualTo("rwx------");
        assertThat(mode(parent)).isEqualTo("rwxr-xr-x");
    }

    @Test
    void aMissingFolderAndItsMissingParentsAreMadeOwnerOnly() throws Exception {
        OwnerOnly.folder(dir.resolve("state/stash2plex/logs"));

        assertThat(mode(dir.resolve("state"))).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("state/stash2plex/logs"))).isEqualTo("rwx------");
    }

    @Test
    void filesAreCreatedOwnerOnlyOrMadeSo() throws Exception {
        Path created = dir.resolve("instance.lock");
        Path old = Files.writeString(dir.resolve("stash2plex-app.1.log"), "kept");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));

        OwnerOnly.file(created);
        OwnerOnly.file(old);

        assertThat(mode(created)).isEqualTo("rw-------");
        assertThat(mode(old)).isEqualTo("rw-------");
        assertThat(old).hasContent("kept");
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
