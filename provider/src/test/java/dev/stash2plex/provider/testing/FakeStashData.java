package dev.stash2plex.provider.testing;

import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;

/**
 * What the fake Stash holds, and the changes a test makes to it the way Stash would make them:
 * an edited scene gets a new updated_at; a renamed performer, studio or tag gets one too, and
 * every scene shows the new version, but those scenes' own updated_at stay (Stash does not touch
 * them). Writers take turns; the server's threads read without waiting.
 */
final class FakeStashData {

    private final ConcurrentSkipListMap<Long, FakeScene> scenes = new ConcurrentSkipListMap<>();
    private final FakeEntities entities = new FakeEntities();
    private final FakeClock clock = new FakeClock();

    /** By ascending id. */
    NavigableMap<Long, FakeScene> scenes() {
        return scenes;
    }

    FakeEntities entities() {
        return entities;
    }

    FakeClock clock() {
        return clock;
    }

    /** Adds or replaces scenes; their entities become Stash's current ones, in every scene that shows them. */
    synchronized void put(Collection<FakeScene> added) {
        boolean entitiesChanged = false;
        for (FakeScene scene : added) {
            entitiesChanged |= entities.absorb(scene, clock);
            clock.observe(scene.updatedAt());
            scenes.put(Long.parseLong(scene.id()), scene);
        }
        if (entitiesChanged) {
            showCurrentEntities();
        }
    }

    synchronized void remove(String sceneId) {
        scenes.remove(Long.parseLong(sceneId));
    }

    /** Changes a scene as an edit in Stash would: its updated_at becomes now (after everything seen so far). */
    synchronized FakeScene edit(String sceneId, UnaryOperator<FakeScene.Builder> change) {
        FakeScene before = scenes.get(Long.parseLong(sceneId));
        if (before == null) {
            throw new IllegalArgumentException("FakeStash holds no scene " + sceneId);
        }
        FakeScene after = change.apply(before.toBuilder()).updatedAt(clock.next()).build();
        if (!after.id().equals(sceneId)) {
            throw new IllegalArgumentException("an edit keeps the scene's id " + sceneId);
        }
        put(List.of(after));
        return after;
    }

    synchronized FakePerformer changePerformer(String id, UnaryOperator<FakePerformer> change) {
        FakePerformer before = existing(entities.performer(id), "performer", id);
        FakePerformer after = change.apply(before).withUpdatedAt(clock.next());
        entities.replace(after);
        showCurrentEntities();
        return after;
    }

    synchronized FakeStudio changeStudio(String id, UnaryOperator<FakeStudio> change) {
        FakeStudio before = existing(entities.studio(id), "studio", id);
        FakeStudio after = change.apply(before).withUpdatedAt(clock.next());
        entities.replace(after);
        showCurrentEntities();
        return entities.studio(id);
    }

    synchronized FakeTag changeTag(String id, UnaryOperator<FakeTag> change) {
        FakeTag after = change.apply(existing(entities.tag(id), "tag", id)).withUpdatedAt(clock.next());
        entities.replace(after);
        showCurrentEntities();
        return after;
    }

    /** A new image for the performer: Stash bumps its updated_at, so every image URL of it changes. */
    synchronized FakePerformer newPerformerImage(String id) {
        FakePerformer after = changePerformer(id, FakePerformer::withImage);
        entities.newImage("performer", id);
        return after;
    }

    synchronized FakeStudio newStudioImage(String id) {
        FakeStudio after = changeStudio(id, FakeStudio::withImage);
        entities.newImage("studio", id);
        return after;
    }

    /** The PNG an image route serves, or empty when Stash has no such entity (a 404). */
    Optional<byte[]> image(String kind, String id) {
        Optional<Boolean> has = switch (kind) {
            case "scene" -> Optional.ofNullable(scenes.get(Long.parseLong(id))).map(FakeScene::hasCover);
            case "performer" -> Optional.ofNullable(entities.performer(id)).map(FakePerformer::hasImage);
            case "studio" -> Optional.ofNullable(entities.studioRows().get(Long.parseLong(id))).map(FakeStudio::hasImage);
            case "group" -> group(id).map(FakeGroup::hasFrontImage);
            default -> Optional.empty();
        };
        return has.map(own -> own ? FakeImages.png(kind, id, entities.imageGeneration(kind, id)) : FakeImages.placeholder());
    }

    /** A group as some scene shows it (the fake keeps groups with their scenes, not in a table of their own). */
    Optional<FakeGroup> group(String id) {
        return scenes.values().stream().flatMap(scene -> scene.groups().stream()).map(FakeSceneGroup::group)
                .filter(group -> group.id().equals(id)).findFirst();
    }

    synchronized void clear() {
        scenes.clear();
        entities.clear();
        clock.reset();
    }

    /** Rewrites the scenes whose entities changed; O(scenes), and only on such a change. */
    private void showCurrentEntities() {
        scenes.replaceAll((id, scene) -> entities.current(scene));
    }

    private static <T> T existing(T entity, String kind, String id) {
        if (entity == null) {
            throw new IllegalArgumentException("FakeStash holds no " + kind + " " + id);
        }
        return entity;
    }
}
