package dev.stash2plex.provider.testing;

/**
 * A group (a "movie" before Stash v0.27) in {@link FakeStash}: its front image is Stash's
 * {@code /group/{id}/frontimage} route, with {@code default=true} when it has none.
 *
 * @param synopsis null is served as Stash serves an empty text: {@code ""}
 * @param date {@code YYYY-MM-DD} or null
 */
public record FakeGroup(String id, String name, String synopsis, String date, boolean hasFrontImage) {

    public FakeGroup {
        FakeEntityIds.require("group", id);
    }

    public static FakeGroup of(String id, String name) {
        return new FakeGroup(id, name, null, null, false);
    }

    public FakeGroup withSynopsis(String text) {
        return new FakeGroup(id, name, text, date, hasFrontImage);
    }

    public FakeGroup withFrontImage() {
        return new FakeGroup(id, name, synopsis, date, true);
    }
}
