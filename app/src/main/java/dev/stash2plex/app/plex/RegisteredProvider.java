package dev.stash2plex.app.plex;

/**
 * One entry of Plex's metadata provider list ({@code MetadataAgentProvider}).
 *
 * @param id         Plex's own id, needed to change the entry
 * @param identifier the provider's identifier from its manifest ({@code tv.plex.agents.custom.…})
 * @param uri        the address Plex fetches the provider from
 */
public record RegisteredProvider(String id, String identifier, String title, String uri) {
}
