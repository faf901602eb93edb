package dev.stash2plex.app.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerUserTest {

    private static final List<String> ROOTFUL = List.of("name=seccomp,profile=default");

    @TempDir
    Path configDir;

    @Test
    void rootfulLinuxRunsAsTheOwnerOfTheConfigFolder() throws Exception {
        String owner = Files.getAttribute(configDir, "unix:uid", LinkOption.NOFOLLOW_LINKS) + ":"
                + Files.getAttribute(configDir, "unix:gid", LinkOption.NOFOLLOW_LINKS);

        assertThat(ContainerUser.forConfigDir(configDir, "Linux", "unix", "Debian GNU/Linux 12 (bookworm)", ROOTFUL))
                .contains(owner);
    }

    @Test
    void rootlessEnginesRunAsContainerRootWhichIsTheUser() {
        assertThat(ContainerUser.forConfigDir(configDir, "Linux", "unix", "Ubuntu 24.04",
                List.of("name=seccomp,profile=default", "name=rootless"))).contains("0:0");
    }

    @Test
    void enginesInAVmOrElsewhereKeepTheImagesUser() {
        assertThat(ContainerUser.forConfigDir(configDir, "Linux", "unix", "Docker Desktop", ROOTFUL)).isEmpty();
        assertThat(ContainerUser.forConfigDir(configDir, "Mac OS X", "unix", "Docker Desktop", ROOTFUL)).isEmpty();
        assertThat(ContainerUser.forConfigDir(configDir, "Windows 11", "npipe", "Docker Desktop", ROOTFUL)).isEmpty();
        assertThat(ContainerUser.forConfigDir(configDir, "Linux", "tcp", "Debian", ROOTFUL)).isEmpty();
    }
}
