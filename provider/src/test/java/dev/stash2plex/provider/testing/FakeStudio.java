package dev.stash2plex.provider.testing;

/** A studio in {@link FakeStash}: {@code hasImage=false} gives Stash's {@code default=true} image URL. */
public record FakeStudio(String id, String name, boolean hasImage, FakeStudio parent) {

    public static FakeStudio of(String id, String name) {
        return new FakeStudio(id, name, false, null);
    }

    public FakeStudio withImage() {
        return new FakeStudio(id, name, true, parent);
    }

    public FakeStudio withParent(FakeStudio parentStudio) {
        return new FakeStudio(id, name, hasImage, parentStudio);
    }
}
