package dev.stash2plex.app.plex;

import java.util.Optional;

/**
 * A library section of the server.
 *
 * @param key   the section id (a string, as PMS sends it)
 * @param type  PMS's type name: {@code movie}, {@code show}, {@code artist}, {@code photo}
 * @param agent the agent PMS names for it (what it shows for a custom agent is UNVERIFIED)
 */
public record PlexLibrary(String key, String title, String type, String agent) {

    /** The kind Stash2Plex could serve, if any. */
    public Optional<LibraryKind> kind() {
        return LibraryKind.ofPlexType(type);
    }
}
