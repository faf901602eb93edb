package dev.stash2plex.app.plex;

/**
 * A metadata agent in Plex (a {@code MetadataAgentProviderGroup}): an ordered group of providers that
 * a library can use, led by its primary provider.
 */
public record PlexAgent(String id, String title, String primaryIdentifier) {
}
