package dev.stash2plex.app.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerUserTest {

    private static final List<String> ROOTFUL = List.of("name=seccomp,profile=default");
    private static final String DEBIAN = "Debian GNU/Linux 12 (bookworm)";

    @TempDir
    Path configDir;

    @Test
    void rootfulLinuxRunsAsTheOwnerOfTheConfigFolder() throws Exception {
        if (uid(configDir) == 0) {
            // As root, the test makes the folder a user's, as it is when the app runs as that user.
            Files.setAttribute(configDir, "unix:uid", 1000, LinkOption.NOFOLLOW_LINKS);
            Files.setAttribute(configDir, "unix:gid", 1000, LinkOption.NOFOLLOW_LINKS);
        }
        String owner = uid(configDir) + ":" + Files.getAttribute(configDir, "unix:gid", LinkOption.NOFOLLOW_LINKS);

        assertThat(ContainerUser.forConfigDir(configDir, "Linux", "unix", DEBIAN, ROOTFUL))
                .isEqualTo(new ContainerUser(Optional.of(owner), false));
    }

    @Test
    void anAppRunningAsRootRunsTheProviderAsTheImagesUserNeverAsRoot() throws Exception {
        assumeTrue(uid(configDir) == 0, "only root can make a folder root's: run as root to test this");

        ContainerUser user = ContainerUser.forConfigDir(configDir, "Linux", "unix", DEBIAN, ROOTFUL);

        assertThat(user.user()).contains("10001:10001");
        assertThat(user.takesOverFolders()).isTrue();
    }

    @Test
    void aFolderGivenToTheProviderBeforeIsGivenAgainForWhatIsNewInIt() throws Exception {
        assumeTrue(uid(configDir) == 0, "only root can give a folder away: run as root to test this");
        Files.setAttribute(configDir, "unix:uid", ContainerUser.PROVIDER_UID, LinkOption.NOFOLLOW_LINKS);

        assertThat(ContainerUser.forConfigDir(configDir, "Linux", "unix", DEBIAN, ROOTFUL))
                .isEqualTo(new ContainerUser(Optional.of("10001:10001"), true));
    }

    @Test
    void rootlessEnginesRunAsContainerRootWhichIsTheUser() {
        assertThat(ContainerUser.forConfigDir(configDir, "Linux", "unix", "Ubuntu 24.04",
                List.of("name=seccomp,profile=default", "name=rootless")))
                .isEqualTo(new ContainerUser(Optional.of("0:0"), false));
    }

    @Test
    void enginesInAVmOrElsewhereKeepTheImagesUser() {
        ContainerUser imageUser = new ContainerUser(Optional.empty(), false);
        assertThat(ContainerUser.forConfigDir(configDir, "Linux", "unix", "Docker Desktop", ROOTFUL)).isEqualTo(imageUser);
        assertThat(ContainerUser.forConfigDir(configDir, "Mac OS X", "unix", "Docker Desktop", ROOTFUL)).isEqualTo(imageUser);
        assertThat(ContainerUser.forConfigDir(configDir, "Windows 11", "npipe", "Docker Desktop", ROOTFUL)).isEqualTo(imageUser);
        assertThat(ContainerUser.forConfigDir(configDir, "Linux", "tcp", "Debian", ROOTFUL)).isEqualTo(imageUser);
    }

    private static int uid(Path path) throws Exception {
        return (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
    }
}
