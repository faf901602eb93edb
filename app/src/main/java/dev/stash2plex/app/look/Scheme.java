package dev.stash2plex.app.look;

import java.util.Locale;
import java.util.Optional;

/** Light or dark: the two variants of the app's one theme. */
public enum Scheme {
    LIGHT, DARK;

    /**
     * What the user forced ({@code -Dstash2plex.theme=light|dark}, or {@code STASH2PLEX_THEME}); empty for
     * "follow the system", also when the value is none of those (the app then follows the system).
     */
    public static Optional<Scheme> forced(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "light" -> Optional.of(LIGHT);
            case "dark" -> Optional.of(DARK);
            default -> Optional.empty();
        };
    }
}
