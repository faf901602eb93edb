package dev.stash2plex.provider.testing;

import java.util.List;
import java.util.Map;

/**
 * Stash's {@code FindFilterType} paging ({@code pkg/models/find_filter.go}): {@code page} is
 * 1-based and below 1 means 1; {@code per_page} defaults to 25, a negative one means every row,
 * and 0 means none.
 */
record FakePaging(int page, int perPage) {

    static FakePaging of(Map<String, Object> find) {
        return new FakePaging(Math.max(1, number(find.get("page"), 1)), number(find.get("per_page"), 25));
    }

    boolean all() {
        return perPage < 0;
    }

    /** How many rows come before this page. */
    long offset() {
        return all() ? 0 : (long) (page - 1) * perPage;
    }

    /** Whether the row at this position (0-based, in the sorted result) is on this page. */
    boolean contains(long position) {
        return all() || (position >= offset() && position < offset() + perPage);
    }

    <T> List<T> window(List<T> sorted) {
        if (all()) {
            return sorted;
        }
        long from = offset();
        return from >= sorted.size() ? List.of()
                : sorted.subList((int) from, (int) Math.min(sorted.size(), from + perPage));
    }

    private static int number(Object value, int fallback) {
        return value instanceof Number number ? number.intValue() : fallback;
    }
}
