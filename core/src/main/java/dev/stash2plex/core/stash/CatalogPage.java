package dev.stash2plex.core.stash;

import java.util.List;

/**
 * One page of a paged Stash read.
 *
 * @param total how many there are in all, as Stash counted them; -1 when the query did not ask
 */
public record CatalogPage<T>(List<T> items, int total) {

    public CatalogPage {
        items = List.copyOf(items);
    }
}
