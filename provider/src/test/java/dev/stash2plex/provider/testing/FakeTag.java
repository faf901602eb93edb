package dev.stash2plex.provider.testing;

/** A tag in {@link FakeStash}. */
public record FakeTag(String id, String name) {
}
