package dev.stash2plex.provider.testing;

/**
 * A scene's id on a stash-box server, as Stash's {@code StashID}.
 *
 * @param endpoint the stash-box GraphQL URL, e.g. {@code https://stashdb.org/graphql}
 */
public record FakeStashId(String endpoint, String stashId) {
}
