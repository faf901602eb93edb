package dev.stash2plex.provider.collections;

import dev.stash2plex.core.stash.CatalogPage;
import dev.stash2plex.core.stash.StashException;
import dev.stash2plex.provider.http.Paging;
import java.util.ArrayList;
import java.util.List;

/**
 * Plex's paging (any 0-based offset, any size) over Stash's (1-based pages of one size): one Stash
 * page when the offset falls on a page boundary, else the two pages the window spans.
 */
final class StashPages {

    /** A page of Stash's list: {@code page} is 1-based. */
    @FunctionalInterface
    interface Fetch<T> {
        CatalogPage<T> page(int page, int perPage) throws StashException;
    }

    /** The items in Plex's window and the total. */
    record Window<T>(List<T> items, int total) {
    }

    private StashPages() {
    }

    static <T> Window<T> window(Paging paging, Fetch<T> fetch) throws StashException {
        if (paging.size() == 0) {
            // Plex asking only how many there are.
            return new Window<>(List.of(), fetch.page(1, 1).total());
        }
        int size = paging.size();
        int page = paging.start() / size + 1;
        int skip = paging.start() % size;
        CatalogPage<T> first = fetch.page(page, size);
        List<T> items = new ArrayList<>(first.items());
        if (skip > 0 && first.items().size() == size) {
            items.addAll(fetch.page(page + 1, size).items());
        }
        int from = Math.min(skip, items.size());
        return new Window<>(List.copyOf(items.subList(from, Math.min(items.size(), from + size))), first.total());
    }
}
