package dev.stash2plex.app.look;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The app's one theme, AtlantaFX Primer, light or dark, set as the user-agent stylesheet so every
 * window and dialog (Alerts included) gets it. The choice, first match wins: what the user forced,
 * what the Linux desktop says ({@link DesktopHint}), then the OS preference JavaFX reads, which it
 * follows live while nothing was forced. FX thread only.
 */
public final class AppTheme {

    private final Optional<Scheme> forced;
    private final Optional<Scheme> desktop;
    private final ReadOnlyObjectWrapper<Scheme> scheme = new ReadOnlyObjectWrapper<>();

    /**
     * @param forced the user's choice, if any
     * @param desktop the desktop's hint, read before the toolkit started
     */
    public AppTheme(Optional<Scheme> forced, Optional<Scheme> desktop) {
        this.forced = forced;
        this.desktop = desktop;
    }

    /** Picks and applies the scheme, and follows the OS from then on when it decides. */
    public void install() {
        apply(pick(forced, desktop, Platform.getPreferences().getColorScheme()));
        Platform.getPreferences().colorSchemeProperty().addListener((observable, was, now) ->
                apply(pick(forced, desktop, now)));
    }

    /** Applies one scheme now (for the screenshots of both). */
    public void apply(Scheme next) {
        Application.setUserAgentStylesheet(next == Scheme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        scheme.set(next);
    }

    public ReadOnlyObjectProperty<Scheme> scheme() {
        return scheme.getReadOnlyProperty();
    }

    static Scheme pick(Optional<Scheme> forced, Optional<Scheme> desktop, ColorScheme platform) {
        return forced.or(() -> desktop).orElse(platform == ColorScheme.DARK ? Scheme.DARK : Scheme.LIGHT);
    }
}
