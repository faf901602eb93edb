package dev.stash2plex.provider.testing;

/**
 * A performer in {@link FakeStash}. Null texts are served as Stash serves empty ones: {@code ""}.
 *
 * @param gender Stash's enum name (FEMALE, MALE, …) or null
 */
public record FakePerformer(String id, String name, String disambiguation, String gender, boolean hasImage) {

    public static FakePerformer of(String id, String name) {
        return new FakePerformer(id, name, null, null, false);
    }

    public FakePerformer withImage() {
        return new FakePerformer(id, name, disambiguation, gender, true);
    }

    public FakePerformer withGender(String stashGender) {
        return new FakePerformer(id, name, disambiguation, stashGender, hasImage);
    }

    public FakePerformer withDisambiguation(String text) {
        return new FakePerformer(id, name, text, gender, hasImage);
    }
}
