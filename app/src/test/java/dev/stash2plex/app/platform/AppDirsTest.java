package dev.stash2plex.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
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
        assertThat(AppDirs.resolve(Map.of(), null, "Linux", HOME).providerDataDir())
                .isEqualTo(Path.of("/home/ann/.local/share/stash2plex/provider-data"));
        assertThat(AppDirs.resolve(Map.of("XDG_DATA_HOME", "/share"), null, "Linux", HOME).providerDataDir())
                .isEqualTo(Path.of("/share/stash2plex/provider-data"));
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
        assertThat(AppDirs.resolve(Map.of(), null, "Mac OS X", HOME).providerDataDir())
                .isEqualTo(Path.of("/home/ann/Library/Application Support/Stash2Plex/provider-data"));
        assertThat(AppDirs.resolve(Map.of("LOCALAPPDATA", "/c/Users/ann/AppData/Local"), null, "Windows 11", HOME).providerDataDir())
                .isEqualTo(Path.of("/c/Users/ann/AppData/Local/Stash2Plex/provider-data"));
    }

    @Test
    void theContainerSeesNeitherTheSettingsNorTheLogsThroughItsDataFolder() {
        for (String os : new String[] {"Linux", "Mac OS X", "Windows 11"}) {
            AppDirs dirs = AppDirs.resolve(Map.of(), null, os, HOME);
            Path mounted = dirs.providerDataDir();
            assertThat(List.of(dirs.envFile(), dirs.providerConfigDir(), dirs.logDir())).as(os)
                    .noneMatch(path -> path.startsWith(mounted));
            assertThat(mounted.startsWith(dirs.providerConfigDir())).as(os).isFalse();
        }
    }

    @Test
    void overrideWinsPropertyFirst() {
        assertThat(AppDirs.resolve(Map.of(AppDirs.OVERRIDE_ENV, "/from-env"), null, "Linux", HOME).configDir())
                .isEqualTo(Path.of("/from-env"));
        assertThat(AppDirs.resolve(Map.of(AppDirs.OVERRIDE_ENV, "/from-env"), "/from-prop", "Linux", HOME).envFile())
                .isEqualTo(Path.of("/from-prop/provider.env"));
    }
}
