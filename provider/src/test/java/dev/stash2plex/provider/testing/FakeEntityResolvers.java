package dev.stash2plex.provider.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * Stash's performer, studio and tag queries over the fake's entities: {@code findPerformer(id)}
 * and {@code findPerformers(performer_filter, filter, ids)}, the same for studios and tags.
 */
final class FakeEntityResolvers {

    private static final Set<String> PERFORMER_SORTS = Set.of("birthdate", "career_length", "created_at",
            "galleries_count", "height", "id", "images_count", "last_o_at", "last_played_at", "measurements", "name",
            "o_counter", "penis_length", "play_count", "random", "rating", "scenes_count", "scenes_duration",
            "tag_count", "updated_at", "weight");
    private static final Set<String> STUDIO_SORTS = Set.of("child_count", "created_at", "galleries_count", "id",
            "images_count", "name", "scenes_count", "scenes_duration", "random", "rating", "tag_count", "updated_at");
    private static final Set<String> TAG_SORTS = Set.of("created_at", "galleries_count", "id", "images_count", "name",
            "performers_count", "random", "scene_markers_count", "scenes_count", "updated_at");

    private final FakeStashData data;
    private final Supplier<FakeSceneView> view;
    private final FakeEntityQuery<FakePerformer> performers;
    private final FakeEntityQuery<FakeStudio> studios;
    private final FakeEntityQuery<FakeTag> tags;

    FakeEntityResolvers(FakeStashData data, Supplier<FakeSceneView> view) {
        this.data = data;
        this.view = view;
        FakeEntities held = data.entities();
        this.performers = new FakeEntityQuery<>(new FakeEntityQuery.Kind<>("performer_filter", PERFORMER_SORTS,
                FakePerformer::id, FakePerformer::name, p -> held.createdAt("performer", p.id(), p.updatedAt()),
                FakePerformer::updatedAt), data.clock());
        this.studios = new FakeEntityQuery<>(new FakeEntityQuery.Kind<>("studio_filter", STUDIO_SORTS,
                FakeStudio::id, FakeStudio::name, s -> held.createdAt("studio", s.id(), s.updatedAt()),
                FakeStudio::updatedAt), data.clock());
        this.tags = new FakeEntityQuery<>(new FakeEntityQuery.Kind<>("tag_filter", TAG_SORTS,
                FakeTag::id, FakeTag::name, t -> held.createdAt("tag", t.id(), t.updatedAt()),
                FakeTag::updatedAt), data.clock());
    }

    Map<String, Object> findPerformer(String id) {
        return one(id, data.entities()::performer, view.get().entities()::performer);
    }

    Map<String, Object> findStudio(String id) {
        return one(id, data.entities()::studio, view.get().entities()::studio);
    }

    Map<String, Object> findTag(String id) {
        return one(id, data.entities()::tag, view.get().entities()::tag);
    }

    Map<String, Object> findPerformers(Map<String, Object> performerFilter, Map<String, Object> filter, List<String> ids) {
        FakeEntities held = data.entities();
        return many("performer", "performers", ids, id -> held.performer(Long.toString(id)),
                () -> performers.find(held.performers().values(), performerFilter, filter),
                view.get().entities()::performer);
    }

    Map<String, Object> findStudios(Map<String, Object> studioFilter, Map<String, Object> filter, List<String> ids) {
        FakeEntities held = data.entities();
        return many("studio", "studios", ids, id -> held.studio(Long.toString(id)),
                () -> studios.find(held.studioRows().keySet().stream().map(id -> held.studio(Long.toString(id))).toList(),
                        studioFilter, filter),
                view.get().entities()::studio);
    }

    Map<String, Object> findTags(Map<String, Object> tagFilter, Map<String, Object> filter, List<String> ids) {
        FakeEntities held = data.entities();
        return many("tag", "tags", ids, id -> held.tag(Long.toString(id)),
                () -> tags.find(held.tags().values(), tagFilter, filter), view.get().entities()::tag);
    }

    /** Like Stash's {@code findPerformer(id:)}: a non-number is an error, an unknown id is null. */
    private static <T> Map<String, Object> one(String id, Function<String, T> lookup,
                                               Function<T, Map<String, Object>> show) {
        if (!id.matches("-?[0-9]+")) {
            throw new FakeResolverError("strconv.Atoi: parsing \"" + id + "\": invalid syntax");
        }
        T entity = id.startsWith("-") ? null : lookup.apply(id);
        return entity == null ? null : show.apply(entity);
    }

    private static <T> Map<String, Object> many(String noun, String listField, List<String> ids, LongFunction<T> byId,
                                                Supplier<FakeEntityQuery.Page<T>> query,
                                                Function<T, Map<String, Object>> show) {
        FakeEntityQuery.Page<T> page;
        if (FakeIdList.given(ids)) {
            // Like Stash: with ids, the filters are ignored, and every id must exist.
            List<T> found = FakeIdList.resolve(ids, noun, byId);
            page = new FakeEntityQuery.Page<>(found, found.size());
        } else {
            page = query.get();
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("count", page.count());
        result.put(listField, page.rows().stream().map(show).toList());
        return result;
    }
}
