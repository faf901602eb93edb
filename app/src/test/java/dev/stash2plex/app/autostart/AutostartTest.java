package dev.stash2plex.app.autostart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which mechanism each OS gets, and the Linux one end to end on a real (temporary) XDG_CONFIG_HOME. */
class AutostartTest {

    private static final Path LAUNCHER = Path.of("/opt/stash2plex/bin/Stash2Plex");

    @TempDir
    Path dir;

    @Test
    void linuxTogglingCreatesAndRemovesTheEntryInXdgConfigHome() throws Exception {
        Path configHome = dir.resolve("config");
        Autostart autostart = Autostart.forSystem("Linux", Map.of("XDG_CONFIG_HOME", configHome.toString()),
                dir.resolve("home"), Optional.of(LAUNCHER));
        Path entry = configHome.resolve("autostart/stash2plex.desktop");

        assertThat(autostart.available()).isTrue();
        assertThat(autostart.enabled()).isFalse();

        autostart.setEnabled(true);
        assertThat(entry).isRegularFile();
        assertThat(autostart.enabled()).isTrue();
        assertThat(Files.readAllLines(entry)).startsWith("[Desktop Entry]")
                .contains("Type=Application", "Exec=\"/opt/stash2plex/bin/Stash2Plex\"", "Icon=/opt/stash2plex/lib/Stash2Plex.png",
                        "X-GNOME-Autostart-enabled=true");
        assertThat(Files.list(entry.getParent())).as("no temporary file left beside it").containsExactly(entry);

        autostart.setEnabled(false);
        assertThat(entry).doesNotExist();
        assertThat(autostart.enabled()).isFalse();
        autostart.setEnabled(false); // removing what is not there is fine
    }

    @Test
    void linuxWithoutXdgConfigHomeOrWithARelativeOneUsesDotConfig() throws Exception {
        Path home = dir.resolve("home");
        for (Map<String, String> env : java.util.List.of(Map.<String, String>of(), Map.of("XDG_CONFIG_HOME", "relative/dir"))) {
            Autostart autostart = Autostart.forSystem("Linux", env, home, Optional.of(LAUNCHER));
            autostart.setEnabled(true);
            assertThat(home.resolve(".config/autostart/stash2plex.desktop")).isRegularFile();
            autostart.setEnabled(false);
        }
        assertThat(dir.resolve("relative")).doesNotExist();
    }

    @Test
    void withoutAnInstalledLauncherItIsUnavailableAndRefusesToSwitchOn() throws Exception {
        Autostart autostart = Autostart.forSystem("Linux", Map.of("XDG_CONFIG_HOME", dir.toString()), dir, Optional.empty());

        assertThat(autostart.available()).isFalse();
        assertThat(autostart.enabled()).isFalse();
        autostart.setEnabled(false);
        assertThatThrownBy(() -> autostart.setEnabled(true)).isInstanceOf(AutostartException.class)
                .hasMessageContaining("installed app");
        assertThat(dir.resolve("autostart")).doesNotExist();
    }

    @Test
    void macGetsALaunchAgentThatRunsTheLauncherAtLoad() throws Exception {
        Path launcher = Path.of("/Applications/Stash2Plex.app/Contents/MacOS/Stash2Plex");
        Autostart autostart = Autostart.forSystem("Mac OS X", Map.of(), dir, Optional.of(launcher));
        Path plist = dir.resolve("Library/LaunchAgents/dev.stash2plex.app.plist");

        autostart.setEnabled(true);
        assertThat(Files.readString(plist))
                .contains("<key>Label</key>\n  <string>dev.stash2plex.app</string>")
                .contains("<string>" + launcher + "</string>")
                .contains("<key>RunAtLoad</key>\n  <true/>")
                .doesNotContain("KeepAlive");
        assertThat(autostart.enabled()).isTrue();
        autostart.setEnabled(false);
        assertThat(plist).doesNotExist();
    }

    @Test
    void windowsGetsTheRunKey() {
        Autostart autostart = Autostart.forSystem("Windows 11", Map.of(), dir, Optional.of(Path.of("C:/Program Files/Stash2Plex/Stash2Plex.exe")));
        assertThat(autostart).isInstanceOf(WindowsRunKey.class);
        assertThat(autostart.available()).isTrue();
    }

    @Test
    void execQuotingFollowsTheDesktopEntrySpecification() {
        assertThat(XdgAutostart.quoteExec("/opt/My Apps/Stash2Plex")).isEqualTo("\"/opt/My Apps/Stash2Plex\"");
        assertThat(XdgAutostart.quoteExec("/home/a$b/100%/x\"y")).isEqualTo("\"/home/a\\\\$b/100%%/x\\\\\"y\"");
        assertThat(XdgAutostart.quoteExec("/a\\b")).isEqualTo("\"/a\\\\\\\\b\"");
    }
}
