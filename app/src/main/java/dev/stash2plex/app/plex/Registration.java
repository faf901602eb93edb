package dev.stash2plex.app.plex;

import java.util.Optional;

/**
 * What "Register in Plex" did.
 *
 * @param previousUri the address Plex had before, when the provider was registered already
 * @param agent       the agent with Stash2Plex as primary, when one was asked for
 */
public record Registration(Kind kind, String uri, Optional<String> previousUri, Optional<AgentOutcome> agent) {

    public enum Kind {
        /** Plex did not know Stash2Plex; now it does. */
        ADDED,
        /** Plex knew Stash2Plex under another address; now it uses this one (restart Plex, pitfall 7). */
        UPDATED,
        /** Plex already used this address; it has re-read the manifest. */
        REFRESHED
    }

    /** The agent with Stash2Plex as primary, and whether this registration created it. */
    public record AgentOutcome(String title, boolean created) {
    }
}
