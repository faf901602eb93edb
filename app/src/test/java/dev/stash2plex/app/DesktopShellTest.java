package dev.stash2plex.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.settings.AppSettings;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DesktopShellTest {

    @Test
    void aRelaunchWithSavedSettingsStartsAtStartingNeverAtNotSetUp() {
        assertThat(DesktopShell.firstStatus(Optional.of(AppSettings.defaults()))).isInstanceOf(ProviderStatus.Starting.class);
        assertThat(DesktopShell.firstStatus(Optional.empty())).isInstanceOf(ProviderStatus.NotConfigured.class);
    }
}
