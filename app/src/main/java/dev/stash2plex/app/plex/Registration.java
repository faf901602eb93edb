package dev.stash2plex.app.plex;

import java.util.Optional;

/**
 * What "Register in Plex" did: both providers registered at the address the user chose, the movie one
 * there and the TV one below it, and the movie agent when one was asked for.
 *
 * @param movies the movie provider, at the address chosen
 * @param tv     the TV provider, at that address with {@code /tv} appended
 * @param agent  the agent with Stash2Plex as primary, when one was asked for
 */
public record Registration(Provider movies, Provider tv, Optional<AgentOutcome> agent) {

    public enum Kind {
        /** Plex did not know the provider; now it does. */
        ADDED,
        /** Plex knew the provider under another address; now it uses this one (restart Plex, pitfall 7). */
        UPDATED,
        /** Plex already used this address; it has re-read the manifest. */
        REFRESHED
    }

    /**
     * One provider's registration.
     *
     * @param previousUri the address Plex had before, when the provider was registered already
     */
    public record Provider(Kind kind, String uri, Optional<String> previousUri) {
    }

    /** The agent with Stash2Plex as primary, and whether this registration created it. */
    public record AgentOutcome(String title, boolean created) {
    }

    /** Whether Plex now reads a provider from a new address: it has to be restarted to use it everywhere. */
    public boolean moved() {
        return movies.kind() == Kind.UPDATED || tv.kind() == Kind.UPDATED;
    }
}
