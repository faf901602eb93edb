package dev.stash2plex.provider.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Stash's {@code findScenes} over the fake's scenes: filter ({@link FakeSceneCriteria}), order and
 * page. Without a sort Stash has no ORDER BY, so its order is undefined; ours is then ascending id.
 * Ordered by id, a page is read straight off the id-ordered map (no copy, no sort), so paging a
 * big library stays cheap; a filter still scans every scene, as Stash's SQL does.
 */
final class FakeSceneQuery {

    record Page(List<FakeScene> scenes, int count) {
    }

    private static final Set<String> SORTS = Set.of("id", "title", "date", "path", "created_at", "updated_at");
    private static final Comparator<FakeScene> BY_ID = Comparator.comparingLong(scene -> Long.parseLong(scene.id()));

    private FakeSceneQuery() {
    }

    static Page find(NavigableMap<Long, FakeScene> scenes, Map<String, Object> sceneFilter, Map<String, Object> filter,
                     FakeClock clock) {
        Map<String, Object> find = filter == null ? Map.of() : filter;
        Predicate<FakeScene> matches = FakeSceneCriteria.of(sceneFilter, find.get("q"), clock);
        String sort = (String) find.get("sort");
        boolean descending = "DESC".equals(find.get("direction"));
        FakePaging paging = FakePaging.of(find);
        if (sort != null && !SORTS.contains(sort)) {
            throw new FakeResolverError("invalid sort: " + sort);
        }
        if (sort == null || sort.equals("id")) {
            return inIdOrder(descending && sort != null ? scenes.descendingMap().values() : scenes.values(),
                    matches, paging);
        }
        List<FakeScene> found = new ArrayList<>(matches == null ? scenes.values()
                : scenes.values().stream().filter(matches).toList());
        Comparator<FakeScene> order = order(sort);
        found.sort(descending ? order.reversed().thenComparing(BY_ID) : order.thenComparing(BY_ID));
        return new Page(paging.window(found), found.size());
    }

    /** One pass in id order: counts every match and keeps the ones on the page. */
    private static Page inIdOrder(Collection<FakeScene> ordered, Predicate<FakeScene> matches, FakePaging paging) {
        List<FakeScene> page = new ArrayList<>();
        if (matches == null) {
            long skip = paging.offset();
            for (FakeScene scene : ordered) {
                if (skip-- > 0) {
                    continue;
                }
                if (!paging.all() && page.size() >= paging.perPage()) {
                    break;
                }
                page.add(scene);
            }
            return new Page(page, ordered.size());
        }
        int count = 0;
        for (FakeScene scene : ordered) {
            if (matches.test(scene)) {
                if (paging.contains(count)) {
                    page.add(scene);
                }
                count++;
            }
        }
        return new Page(page, count);
    }

    private static Comparator<FakeScene> order(String sort) {
        return switch (sort) {
            case "title" -> Comparator.comparing((FakeScene scene) -> scene.title() == null ? "" : scene.title());
            case "date" -> Comparator.comparing((FakeScene scene) -> scene.date() == null ? "" : scene.date());
            case "path" -> Comparator.comparing((FakeScene scene) -> scene.files().isEmpty() ? "" : scene.files().getFirst().path());
            case "created_at" -> Comparator.comparing(FakeScene::createdAt);
            case "updated_at" -> Comparator.comparing(FakeScene::updatedAt);
            default -> BY_ID;
        };
    }
}
