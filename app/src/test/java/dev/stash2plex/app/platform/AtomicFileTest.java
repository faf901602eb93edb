package dev.stash2plex.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void writesOwnerOnlyInAnOwnerOnlyFolderItMakes() throws Exception {
        Path file = dir.resolve("new/folder/settings.env");

        AtomicFile.write(file, "A=1\n");

        assertThat(file).hasContent("A=1");
        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(mode(dir.resolve("new/folder"))).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("new"))).isEqualTo("rwx------");
    }

    @Test
    void aReplacedFileBecomesOwnerOnlyWhateverItWasBefore() throws Exception {
        Path file = Files.writeString(dir.resolve("autostart.desktop"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        AtomicFile.write(file, "new");

        assertThat(file).hasContent("new");
        assertThat(mode(file)).isEqualTo("rw-------");
    }

    @Test
    void whenTheMoveFailsNothingIsLeftBehind() throws Exception {
        Path target = dir.resolve("provider.yml");
        Files.createDirectories(target.resolve("in-the-way"));

        assertThatThrownBy(() -> AtomicFile.write(target, "path_rules: []\n")).isInstanceOf(IOException.class);

        try (var files = Files.list(dir)) {
            assertThat(files).extracting(path -> path.getFileName().toString()).containsExactly("provider.yml");
        }
    }

    @Test
    void aFileGivenToAnotherUserKeepsItsOwnerWhenRootRewritesIt() throws Exception {
        assumeTrue(Integer.valueOf(0).equals(Files.getAttribute(dir, "unix:uid")), "only root can give a file away");
        Path rules = Files.writeString(dir.resolve("provider.yml"), "old");
        Files.setAttribute(rules, "unix:uid", 10001, LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(rules, "unix:gid", 10001, LinkOption.NOFOLLOW_LINKS);

        AtomicFile.write(rules, "new");

        assertThat(Files.getAttribute(rules, "unix:uid", LinkOption.NOFOLLOW_LINKS)).isEqualTo(10001);
        assertThat(Files.getAttribute(rules, "unix:gid", LinkOption.NOFOLLOW_LINKS)).isEqualTo(10001);
        assertThat(mode(rules)).isEqualTo("rw-------");
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
