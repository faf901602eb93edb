package dev.stash2plex.app.plex;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of library a provider can serve, by PMS's section type. Stash2Plex serves movies today;
 * a TV provider (issue #17) adds {@code SHOW("show")} here and to what the app passes to
 * {@link LibrarySetup}, and library setup offers those libraries too.
 */
public enum LibraryKind {
    MOVIE("movie");

    private final String plexType;

    LibraryKind(String plexType) {
        this.plexType = plexType;
    }

    public String plexType() {
        return plexType;
    }

    static Optional<LibraryKind> ofPlexType(String type) {
        return Arrays.stream(values()).filter(kind -> kind.plexType.equals(type)).findFirst();
    }
}
