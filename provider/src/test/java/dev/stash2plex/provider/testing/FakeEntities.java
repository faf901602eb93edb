package dev.stash2plex.provider.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The performers, studios and tags Stash holds, one version each, as its own tables do: a scene
 * only points at them, so what they are (name, image, updated_at) is the same in every scene.
 * They come from the scenes added, and stay when their last scene goes, as in Stash. A studio's
 * parent is kept by id, so renaming a parent shows in its children too.
 */
final class FakeEntities {

    private final ConcurrentSkipListMap<Long, FakePerformer> performers = new ConcurrentSkipListMap<>();
    private final ConcurrentSkipListMap<Long, FakeStudio> studios = new ConcurrentSkipListMap<>();
    private final ConcurrentSkipListMap<Long, FakeTag> tags = new ConcurrentSkipListMap<>();
    /** "performer/7" → the updated_at it had when first seen: Stash sets created_at once. */
    private final Map<String, String> createdAt = new ConcurrentHashMap<>();
    /** "studio/3" → how many times its image was replaced; the image bytes differ per generation. */
    private final Map<String, Integer> imageGenerations = new ConcurrentHashMap<>();

    /**
     * Takes the scene's entities as Stash's current versions.
     *
     * @return true when an entity Stash already held is now different, so other scenes must show the new version
     */
    boolean absorb(FakeScene scene, FakeClock clock) {
        boolean changed = false;
        for (FakePerformer performer : scene.performers()) {
            changed |= put(performers, "performer", performer.id(), performer, performer.updatedAt(), clock);
        }
        for (FakeStudio studio = scene.studio(); studio != null; studio = studio.parent()) {
            // Held without its parent's details: the parent is its own row.
            FakeStudio row = studio.parent() == null ? studio : studio.withParent(FakeStudio.of(studio.parent().id(), ""));
            changed |= put(studios, "studio", studio.id(), row, studio.updatedAt(), clock);
        }
        for (FakeTag tag : scene.tags()) {
            changed |= put(tags, "tag", tag.id(), tag, tag.updatedAt(), clock);
        }
        return changed;
    }

    private <T> boolean put(ConcurrentSkipListMap<Long, T> table, String kind, String id, T row, String updatedAt,
                            FakeClock clock) {
        T before = table.put(Long.parseLong(id), row);
        if (before != null && before.equals(row)) {
            return false;
        }
        // Only for a new or changed row: a big library repeats the same entities in many scenes.
        clock.observe(updatedAt);
        createdAt.putIfAbsent(kind + "/" + id, updatedAt);
        return before != null;
    }

    /** The scene showing Stash's current versions of its entities; the same instance when it already does. */
    FakeScene current(FakeScene scene) {
        List<FakePerformer> shownPerformers = new ArrayList<>(scene.performers().size());
        scene.performers().forEach(p -> shownPerformers.add(Objects.requireNonNullElse(performer(p.id()), p)));
        List<FakeTag> shownTags = new ArrayList<>(scene.tags().size());
        scene.tags().forEach(t -> shownTags.add(Objects.requireNonNullElse(tag(t.id()), t)));
        FakeStudio shownStudio = scene.studio() == null ? null
                : Objects.requireNonNullElse(studio(scene.studio().id()), scene.studio());
        if (shownPerformers.equals(scene.performers()) && shownTags.equals(scene.tags())
                && Objects.equals(shownStudio, scene.studio())) {
            return scene;
        }
        return scene.withEntities(shownStudio, shownPerformers, shownTags);
    }

    FakePerformer performer(String id) {
        return performers.get(Long.parseLong(id));
    }

    /** The studio with its whole parent chain as Stash holds it now, or null. */
    FakeStudio studio(String id) {
        FakeStudio row = studios.get(Long.parseLong(id));
        if (row == null || row.parent() == null) {
            return row;
        }
        FakeStudio parent = studio(row.parent().id());
        return row.withParent(parent);
    }

    FakeTag tag(String id) {
        return tags.get(Long.parseLong(id));
    }

    void replace(FakePerformer performer) {
        performers.put(Long.parseLong(performer.id()), performer);
    }

    void replace(FakeStudio studio) {
        studios.put(Long.parseLong(studio.id()), studio.parent() == null ? studio
                : studio.withParent(FakeStudio.of(studio.parent().id(), "")));
    }

    void replace(FakeTag tag) {
        tags.put(Long.parseLong(tag.id()), tag);
    }

    NavigableMap<Long, FakePerformer> performers() {
        return performers;
    }

    /** Rows as held: a parent is a stub with only its id; use {@link #studio(String)} for the full chain. */
    NavigableMap<Long, FakeStudio> studioRows() {
        return studios;
    }

    NavigableMap<Long, FakeTag> tags() {
        return tags;
    }

    /** Stash's created_at of an entity: e.g. {@code createdAt("tag", "5")}. */
    String createdAt(String kind, String id, String fallback) {
        return createdAt.getOrDefault(kind + "/" + id, fallback);
    }

    int imageGeneration(String kind, String id) {
        return imageGenerations.getOrDefault(kind + "/" + id, 0);
    }

    void newImage(String kind, String id) {
        imageGenerations.merge(kind + "/" + id, 1, Integer::sum);
    }

    void clear() {
        performers.clear();
        studios.clear();
        tags.clear();
        createdAt.clear();
        imageGenerations.clear();
    }
}
