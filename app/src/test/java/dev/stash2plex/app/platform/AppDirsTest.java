package dev.stash2plex.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirsTest {

    private static final Path HOME = Path.of("/home/ann");

    @Test
    void linuxFollowsXdg() {
        assertThat(AppDirs.resolve(Map.of(), null, "Linux", HOME).configDir()).isEqualTo(Path.of("/home/ann/.config/stash2plex"));
        AppDirs xdg = AppDirs.resolve(Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_STATE_HOME", "/state"), null, "Linux", HOME);
        assertThat(xdg.envFile()).isEqualTo(Path.of("/cfg/stash2plex/provider.env"));
        assertThat(xdg.providerYaml()).isEqualTo(Path.of("/cfg/stash2plex/config/provider.yml"));
        assertThat(xdg.logDir()).isEqualTo(Path.of("/state/stash2plex/logs"));
        // The XDG spec says relative paths are invalid and must be ignored.
        assertThat(AppDirs.resolve(Map.of("XDG_CONFIG_HOME", "rel"), null, "Linux", HOME).configDir())
                .isEqualTo(Path.of("/home/ann/.config/stash2plex"));
    }

    @Test
    void macAndWindowsUseTheirOwnFolders() {
        assertThat(AppDirs.resolve(Map.of(), null, "Mac OS X", HOME).configDir())
                .isEqualTo(Path.of("/home/ann/Library/Application Support/Stash2Plex"));
        assertThat(AppDirs.resolve(Map.of("APPDATA", "/c/Users/ann/AppData/Roaming"), null, "Windows 11", HOME).configDir())
                .isEqualTo(Path.of("/c/Users/ann/AppData/Roaming/Stash2Plex"));
    }

    @Test
    void overrideWinsPropertyFirst() {
        assertThat(AppDirs.resolve(Map.of(AppDirs.OVERRIDE_ENV, "/from-env"), null, "Linux", HOME).configDir())
                .isEqualTo(Path.of("/from-env"));
        assertThat(AppDirs.resolve(Map.of(AppDirs.OVERRIDE_ENV, "/from-env"), "/from-prop", "Linux", HOME).envFile())
                .isEqualTo(Path.of("/from-prop/provider.env"));
    }
}
