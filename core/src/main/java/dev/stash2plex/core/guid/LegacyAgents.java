package dev.stash2plex.core.guid;

/**
 * The agent libraries used for Stash before Plex had custom metadata providers. Plex removes legacy
 * agents in 2026, so their libraries move to Stash2Plex: the provider reads the guids the old agent
 * left on each item at match time, and the app recognises the libraries still on it and offers the switch.
 */
public final class LegacyAgents {

    /**
     * The legacy StashPlexAgent bundle's identifier ({@code CFBundleIdentifier} in its
     * {@code Info.plist}): the scheme of the guids it stored ({@code com.plexapp.agents.stashplexagent://{sceneId}?lang=en})
     * and what {@code GET /library/sections} names as the {@code agent} of a library using it (a legacy
     * agent is named by its bundle identifier there, as {@code com.plexapp.agents.imdb} is).
     */
    public static final String STASH_PLEX_AGENT = "com.plexapp.agents.stashplexagent";

    /** How users know it, for the explain endpoint and the app's words. */
    public static final String STASH_PLEX_AGENT_NAME = "StashPlexAgent";

    private LegacyAgents() {
    }
}
