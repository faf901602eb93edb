package dev.stash2plex.app.look;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.application.ColorScheme;
import org.junit.jupiter.api.Test;

class DesktopHintTest {

    @Test
    void gnomesColorSchemeDecidesOverTheGtkTheme() {
        assertThat(DesktopHint.read("'prefer-dark'\n", "'Adwaita'\n")).contains(Scheme.DARK);
        assertThat(DesktopHint.read("'prefer-light'\n", "'Adwaita-dark'\n")).contains(Scheme.LIGHT);
    }

    @Test
    void aDarkGtkThemeCountsWhenTheColorSchemeIsDefault() {
        assertThat(DesktopHint.read("'default'\n", "'Yaru-dark'\n")).contains(Scheme.DARK);
        assertThat(DesktopHint.read("", "'Adwaita:dark'")).contains(Scheme.DARK);
        assertThat(DesktopHint.read("'default'", "'Adwaita'")).isEmpty();
        assertThat(DesktopHint.read("", "")).isEmpty();
    }

    @Test
    void forcedBeatsTheDesktopWhichBeatsJavaFx() {
        assertThat(AppTheme.pick(Optional.of(Scheme.LIGHT), Optional.of(Scheme.DARK), ColorScheme.DARK)).isEqualTo(Scheme.LIGHT);
        assertThat(AppTheme.pick(Optional.empty(), Optional.of(Scheme.DARK), ColorScheme.LIGHT)).isEqualTo(Scheme.DARK);
        assertThat(AppTheme.pick(Optional.empty(), Optional.empty(), ColorScheme.DARK)).isEqualTo(Scheme.DARK);
        assertThat(AppTheme.pick(Optional.empty(), Optional.empty(), ColorScheme.LIGHT)).isEqualTo(Scheme.LIGHT);
    }

    @Test
    void theForcingSettingReadsLightOrDarkAndIgnoresTheRest() {
        assertThat(Scheme.forced(" Dark ")).contains(Scheme.DARK);
        assertThat(Scheme.forced("light")).contains(Scheme.LIGHT);
        assertThat(Scheme.forced("system")).isEmpty();
        assertThat(Scheme.forced(null)).isEmpty();
    }
}
