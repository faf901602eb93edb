package dev.stash2plex.provider.testing;

/**
 * A studio in {@link FakeStash}: {@code hasImage=false} gives Stash's {@code default=true} image URL.
 *
 * @param updatedAt Stash's {@code updated_at}, RFC3339; also the {@code ?t=} of its image URL
 */
public record FakeStudio(String id, String name, boolean hasImage, FakeStudio parent, String updatedAt) {

    public FakeStudio {
        FakeEntityIds.require("studio", id);
        updatedAt = updatedAt == null ? FakeScene.DEFAULT_UPDATED_AT : updatedAt;
    }

    /** Last updated at {@link FakeScene#DEFAULT_UPDATED_AT}. */
    public FakeStudio(String id, String name, boolean hasImage, FakeStudio parent) {
        this(id, name, hasImage, parent, null);
    }

    public static FakeStudio of(String id, String name) {
        return new FakeStudio(id, name, false, null);
    }

    public FakeStudio withImage() {
        return new FakeStudio(id, name, true, parent, updatedAt);
    }

    public FakeStudio withParent(FakeStudio parentStudio) {
        return new FakeStudio(id, name, hasImage, parentStudio, updatedAt);
    }

    public FakeStudio withName(String newName) {
        return new FakeStudio(id, newName, hasImage, parent, updatedAt);
    }

    public FakeStudio withUpdatedAt(String rfc3339) {
        return new FakeStudio(id, name, hasImage, parent, rfc3339);
    }
}
