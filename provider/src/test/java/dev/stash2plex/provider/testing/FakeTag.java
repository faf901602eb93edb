package dev.stash2plex.provider.testing;

/**
 * A tag in {@link FakeStash}.
 *
 * @param updatedAt Stash's {@code updated_at}, RFC3339
 */
public record FakeTag(String id, String name, String updatedAt) {

    public FakeTag {
        FakeEntityIds.require("tag", id);
        updatedAt = updatedAt == null ? FakeScene.DEFAULT_UPDATED_AT : updatedAt;
    }

    /** Last updated at {@link FakeScene#DEFAULT_UPDATED_AT}. */
    public FakeTag(String id, String name) {
        this(id, name, null);
    }

    public FakeTag withName(String newName) {
        return new FakeTag(id, newName, updatedAt);
    }

    public FakeTag withUpdatedAt(String rfc3339) {
        return new FakeTag(id, name, rfc3339);
    }
}
