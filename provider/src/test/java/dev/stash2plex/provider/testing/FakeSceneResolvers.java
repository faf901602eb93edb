package dev.stash2plex.provider.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Stash's scene queries ({@code findScene}, {@code findScenes}, {@code findScenesByPathRegex}) over the fake's data. */
final class FakeSceneResolvers {

    private final FakeStashData data;
    private final Supplier<FakeSceneView> view;

    FakeSceneResolvers(FakeStashData data, Supplier<FakeSceneView> view) {
        this.data = data;
        this.view = view;
    }

    Map<String, Object> findScene(String id) {
        if (id == null) {
            return null;
        }
        if (!id.matches("-?[0-9]+")) {
            throw new FakeResolverError("strconv.Atoi: parsing \"" + id + "\": invalid syntax");
        }
        FakeScene scene = data.scenes().get(Long.parseLong(id));
        return scene == null ? null : view.get().scene(scene);
    }

    Map<String, Object> findScenes(Map<String, Object> sceneFilter, Map<String, Object> filter, List<String> ids) {
        if (FakeIdList.given(ids)) {
            // Like Stash: with ids, scene_filter and filter are ignored, and every id must exist.
            List<FakeScene> found = FakeIdList.resolve(ids, "scene", data.scenes()::get);
            return result(new FakeSceneQuery.Page(found, found.size()));
        }
        return result(FakeSceneQuery.find(data.scenes(), sceneFilter, filter, data.clock()));
    }

    /** Sugar for {@code path MATCHES_REGEX "(?i)" + q}; the rest of the filter still applies. */
    Map<String, Object> findScenesByPathRegex(Map<String, Object> filter) {
        Map<String, Object> rest = new LinkedHashMap<>(filter == null ? Map.of() : filter);
        Object q = rest.remove("q");
        Map<String, Object> sceneFilter = q == null ? null
                : Map.of("path", Map.of("value", "(?i)" + q, "modifier", "MATCHES_REGEX"));
        return result(FakeSceneQuery.find(data.scenes(), sceneFilter, rest, data.clock()));
    }

    private Map<String, Object> result(FakeSceneQuery.Page page) {
        FakeSceneView sceneView = view.get();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("count", page.count());
        result.put("duration", page.scenes().stream().flatMap(s -> s.files().stream().limit(1))
                .mapToDouble(FakeFile::durationSeconds).sum());
        result.put("filesize", (double) page.scenes().stream().flatMap(s -> s.files().stream().limit(1))
                .mapToLong(FakeFile::size).sum());
        result.put("scenes", page.scenes().stream().map(sceneView::scene).toList());
        return result;
    }
}
