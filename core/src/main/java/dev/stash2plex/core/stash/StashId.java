package dev.stash2plex.core.stash;

/**
 * A scene's id on a stash-box server.
 *
 * @param endpoint the server's GraphQL URL as Stash stores it, e.g. {@code https://stashdb.org/graphql}
 * @param stashId the id there (a UUID on StashDB and ThePornDB)
 */
public record StashId(String endpoint, String stashId) {
}
