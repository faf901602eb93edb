package dev.stash2plex.app.plex;

import dev.stash2plex.core.guid.PlexIds;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of library Stash2Plex serves, by PMS's section type, each with the provider Plex uses for
 * it: movie libraries the movie provider at the registered address, TV libraries ({@code show}) the TV
 * provider at that address with {@code /tv} appended (studios as shows, years as seasons, scenes as
 * episodes). Plex combines only providers of the same types in one agent, so each kind gets its own
 * agent, named like its provider.
 */
public enum LibraryKind {
    MOVIE("movie", PlexIds.IDENTIFIER, PlexIds.TITLE, ""),
    SHOW("show", PlexIds.TV_IDENTIFIER, PlexIds.TV_TITLE, PlexIds.TV_ROOT);

    private final String plexType;
    private final String providerIdentifier;
    private final String agentTitle;
    private final String root;

    LibraryKind(String plexType, String providerIdentifier, String agentTitle, String root) {
        this.plexType = plexType;
        this.providerIdentifier = providerIdentifier;
        this.agentTitle = agentTitle;
        this.root = root;
    }

    public String plexType() {
        return plexType;
    }

    /** The identifier of the provider that serves this kind: the agent's primary, and the {@code agent} a library gets. */
    public String providerIdentifier() {
        return providerIdentifier;
    }

    /** The name of the agent library setup creates for this kind (users can rename it in Plex). */
    public String agentTitle() {
        return agentTitle;
    }

    /**
     * Where Plex fetches this kind's provider, given the address the user chose for Stash2Plex. The
     * address has no query or fragment (the address field refuses them); a trailing slash is dropped so
     * that {@code http://nas:9090/} gives {@code http://nas:9090/tv}, not {@code //tv}.
     */
    public String providerUrl(String address) {
        String base = address.strip();
        if (root.isEmpty()) {
            return base;
        }
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + root;
    }

    static Optional<LibraryKind> ofPlexType(String type) {
        return Arrays.stream(values()).filter(kind -> kind.plexType.equals(type)).findFirst();
    }
}
