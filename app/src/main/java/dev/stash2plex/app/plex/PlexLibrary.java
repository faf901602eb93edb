package dev.stash2plex.app.plex;

import dev.stash2plex.core.guid.LegacyAgents;
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

    /**
     * Whether the library still uses the legacy StashPlexAgent. Switching it keeps its items and their
     * watch history: the forced refresh after the switch has Plex match each item again, in place, and
     * the provider places it by the old agent's guid (or, failing that, by its file).
     */
    public boolean onLegacyAgent() {
        return LegacyAgents.STASH_PLEX_AGENT.equals(agent);
    }
}
