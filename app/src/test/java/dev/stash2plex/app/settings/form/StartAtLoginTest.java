package dev.stash2plex.app.settings.form;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.autostart.Autostart;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.platform.AppDirs;
import dev.stash2plex.app.settings.AppSettings;
import dev.stash2plex.app.settings.Secret;
import dev.stash2plex.app.settings.SettingsStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings switch "Start Stash2Plex when I log in", through the form model's Save, on Linux's XDG autostart. */
class StartAtLoginTest {

    @TempDir
    Path dir;

    private final UserMessages messages = UserMessages.forLocale(Locale.ENGLISH);

    @Test
    void theSwitchIsOffByDefaultAndSaveCreatesThenRemovesTheAutostartEntry() {
        Path entry = dir.resolve("xdg-config/autostart/stash2plex.desktop");
        SettingsFormModel model = model(linuxAutostart());

        assertThat(model.startAtLoginAvailable()).isTrue();
        assertThat(model.startAtLogin().get()).isFalse();

        model.startAtLogin().set(true);
        assertThat(entry).as("nothing changes before Save").doesNotExist();
        model.save();
        assertThat(entry).isRegularFile();
        assertThat(model.statusIsError().get()).as(model.status().get()).isFalse();

        assertThat(model(linuxAutostart()).startAtLogin().get()).as("reopened, the switch shows the entry").isTrue();

        model.startAtLogin().set(false);
        model.save();
        assertThat(entry).doesNotExist();
    }

    @Test
    void withoutAnInstalledLauncherTheSwitchIsUnavailableAndSaveStillWorks() {
        SettingsFormModel model = model(Autostart.none());

        assertThat(model.startAtLoginAvailable()).isFalse();
        model.save();
        assertThat(model.statusIsError().get()).as(model.status().get()).isFalse();
    }

    private Autostart linuxAutostart() {
        return Autostart.forSystem("Linux", Map.of("XDG_CONFIG_HOME", dir.resolve("xdg-config").toString()),
                dir.resolve("home"), Optional.of(Path.of("/opt/stash2plex/bin/Stash2Plex")));
    }

    private SettingsFormModel model(Autostart autostart) {
        AppSettings valid = AppSettings.defaults().withStash("http://192.168.1.20:9999", new Secret("key"));
        SettingsStore store = new SettingsStore(new AppDirs(dir.resolve("cfg"), dir.resolve("logs"), dir.resolve("data")), Clock.systemUTC());
        return new SettingsFormModel(valid, false, store,
                new ConnectionCheck((url, key) -> { throw new AssertionError("not used here"); }),
                new ProviderPathTrial(), messages, Runnable::run, Runnable::run, saved -> { }, autostart);
    }
}
