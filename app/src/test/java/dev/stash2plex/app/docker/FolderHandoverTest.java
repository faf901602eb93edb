package dev.stash2plex.app.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderHandoverTest {

    @TempDir
    Path dir;

    @BeforeEach
    void asRoot() throws Exception {
        assumeTrue(owner(dir).equals("0:0"), "only root can give files away: run as root to test this");
    }

    @Test
    void theConfigDataAndSecretsFoldersAndWhatIsInThemChangeHandsButNotTheirModes() throws Exception {
        Path config = Files.createDirectory(dir.resolve("config"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path rules = Files.writeString(config.resolve("provider.yml"), "path_rules: []\n");
        Files.setPosixFilePermissions(rules, PosixFilePermissions.fromString("rw-------"));
        Path data = Files.createDirectories(dir.resolve("provider-data/nested"));
        Path index = Files.writeString(data.resolve("index.db"), "x");
        // A link out of the folder: the link changes hands, what it points to does not.
        Path outside = Files.writeString(dir.resolve("outside"), "root's");
        Path link = Files.createSymbolicLink(dir.resolve("provider-data/link"), outside);

        Path secrets = Files.createDirectory(dir.resolve("provider-secrets"));
        Path key = Files.writeString(secrets.resolve("stash-api-key"), "test-only-key");

        FolderHandover.giveTo(10001, 10001, config, dir.resolve("provider-data"), secrets);

        for (Path given : new Path[] {config, rules, dir.resolve("provider-data"), data, index, link, secrets, key}) {
            assertThat(owner(given)).as(given.toString()).isEqualTo("10001:10001");
        }
        assertThat(owner(outside)).isEqualTo("0:0");
        assertThat(owner(dir)).isEqualTo("0:0");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(rules))).isEqualTo("rw-------");
    }

    private static String owner(Path path) throws Exception {
        return Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS) + ":"
                + Files.getAttribute(path, "unix:gid", LinkOption.NOFOLLOW_LINKS);
    }
}
