package dev.stash2plex.provider.testing;

/**
 * A performer in {@link FakeStash}. Null texts are served as Stash serves empty ones: {@code ""}.
 *
 * @param gender Stash's enum name (FEMALE, MALE, …) or null
 * @param updatedAt Stash's {@code updated_at}, RFC3339; also the {@code ?t=} of its image URL
 */
public record FakePerformer(String id, String name, String disambiguation, String gender, boolean hasImage,
                            String updatedAt) {

    public FakePerformer {
        FakeEntityIds.require("performer", id);
        updatedAt = updatedAt == null ? FakeScene.DEFAULT_UPDATED_AT : updatedAt;
    }

    /** Last updated at {@link FakeScene#DEFAULT_UPDATED_AT}. */
    public FakePerformer(String id, String name, String disambiguation, String gender, boolean hasImage) {
        this(id, name, disambiguation, gender, hasImage, null);
    }

    public static FakePerformer of(String id, String name) {
        return new FakePerformer(id, name, null, null, false);
    }

    public FakePerformer withImage() {
        return new FakePerformer(id, name, disambiguation, gender, true, updatedAt);
    }

    public FakePerformer withGender(String stashGender) {
        return new FakePerformer(id, name, disambiguation, stashGender, hasImage, updatedAt);
    }

    public FakePerformer withDisambiguation(String text) {
        return new FakePerformer(id, name, text, gender, hasImage, updatedAt);
    }

    public FakePerformer withName(String newName) {
        return new FakePerformer(id, newName, disambiguation, gender, hasImage, updatedAt);
    }

    public FakePerformer withUpdatedAt(String rfc3339) {
        return new FakePerformer(id, name, disambiguation, gender, hasImage, rfc3339);
    }
}
