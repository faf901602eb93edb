package dev.stash2plex.provider.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Stash's {@code findPerformers}, {@code findStudios} and {@code findTags} over the fake's
 * entities: {@code updated_at} and {@code created_at} criteria (compared as text, like scenes'),
 * Stash's default sort by name, its name tie-breaker, and its paging.
 *
 * @param <T> FakePerformer, FakeStudio or FakeTag
 */
final class FakeEntityQuery<T> {

    /** How to read one kind of entity. */
    record Kind<T>(String filterName, Set<String> stashSorts, Function<T, String> id, Function<T, String> name,
                   Function<T, String> createdAt, Function<T, String> updatedAt) {
    }

    record Page<T>(List<T> rows, int count) {
    }

    /** The sorts the fake implements; Stash knows more ({@link Kind#stashSorts}), which fail loudly here. */
    private static final Set<String> IMPLEMENTED_SORTS = Set.of("id", "name", "created_at", "updated_at");

    private final Kind<T> kind;
    private final FakeClock clock;

    FakeEntityQuery(Kind<T> kind, FakeClock clock) {
        this.kind = kind;
        this.clock = clock;
    }

    @SuppressWarnings("unchecked")
    Page<T> find(Iterable<T> all, Map<String, Object> entityFilter, Map<String, Object> filter) {
        Map<String, Object> find = filter == null ? Map.of() : filter;
        if (find.get("q") instanceof String q && !q.isBlank()) {
            throw new FakeResolverError("FakeStash does not implement filter.q for " + kind.filterName());
        }
        Predicate<T> matches = row -> true;
        if (entityFilter != null) {
            for (Map.Entry<String, Object> criterion : entityFilter.entrySet()) {
                Function<T, String> column = switch (criterion.getKey()) {
                    case "updated_at" -> kind.updatedAt();
                    case "created_at" -> kind.createdAt();
                    default -> throw new FakeResolverError(
                            "FakeStash does not implement " + kind.filterName() + "." + criterion.getKey());
                };
                Predicate<String> test = FakeTimestampCriterion.of((Map<String, Object>) criterion.getValue(), clock.tomorrow());
                matches = matches.and(row -> test.test(column.apply(row)));
            }
        }
        List<T> found = new ArrayList<>();
        for (T row : all) {
            if (matches.test(row)) {
                found.add(row);
            }
        }
        found.sort(order(find.get("sort") instanceof String sort ? sort : "name", "DESC".equals(find.get("direction"))));
        return new Page<>(FakePaging.of(find).window(found), found.size());
    }

    /** Stash always appends the name, then we add the id, so equal rows still page stably. */
    private Comparator<T> order(String sort, boolean descending) {
        if (!kind.stashSorts().contains(sort)) {
            throw new FakeResolverError("invalid sort: " + sort);
        }
        if (!IMPLEMENTED_SORTS.contains(sort)) {
            throw new FakeResolverError("FakeStash does not implement sort " + sort + " for " + kind.filterName());
        }
        Comparator<T> byId = Comparator.comparingLong(row -> Long.parseLong(kind.id().apply(row)));
        Comparator<T> byName = Comparator.comparing(kind.name(), String.CASE_INSENSITIVE_ORDER);
        Comparator<T> primary = switch (sort) {
            case "id" -> byId;
            case "name" -> byName;
            case "created_at" -> Comparator.comparing(kind.createdAt());
            default -> Comparator.comparing(kind.updatedAt());
        };
        return (descending ? primary.reversed() : primary).thenComparing(byName).thenComparing(byId);
    }
}
