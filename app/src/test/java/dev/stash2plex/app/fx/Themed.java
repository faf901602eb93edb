package dev.stash2plex.app.fx;

import dev.stash2plex.app.look.AppTheme;
import dev.stash2plex.app.look.Scheme;
import java.util.Optional;

/** Window tests see the app's real theme, as the app sets it at start (FX thread). */
public final class Themed {

    private Themed() {
    }

    /** Light, or the scheme named by {@code -Dstash2plex.test.scheme=dark} (for pictures of both). */
    public static AppTheme apply() {
        Scheme scheme = Scheme.forced(System.getProperty("stash2plex.test.scheme")).orElse(Scheme.LIGHT);
        AppTheme theme = new AppTheme(Optional.of(scheme), Optional.empty());
        theme.apply(scheme);
        return theme;
    }
}
