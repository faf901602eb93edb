package dev.stash2plex.provider.collections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.core.stash.CatalogPage;
import dev.stash2plex.provider.http.Paging;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Plex's any-offset window over Stash's 1-based pages, against a list paged as Stash pages it. */
class StashPagesTest {

    private static final List<Integer> ALL = IntStream.rangeClosed(1, 23).boxed().toList();

    private final List<String> asked = new ArrayList<>();

    private CatalogPage<Integer> stashPage(int page, int perPage) {
        asked.add(page + "x" + perPage);
        int from = Math.min(ALL.size(), (Math.max(page, 1) - 1) * perPage);
        return new CatalogPage<>(ALL.subList(from, Math.min(ALL.size(), from + perPage)), ALL.size());
    }

    @Test
    void everyWindowIsTheSameAsSlicingTheWholeList() throws Exception {
        for (int start = 0; start <= 25; start++) {
            for (int size = 0; size <= 7; size++) {
                Paging paging = new Paging(start, size);
                StashPages.Window<Integer> window = StashPages.window(paging, this::stashPage);
                assertThat(window.items()).as("start %d size %d", start, size).isEqualTo(paging.slice(ALL));
                assertThat(window.total()).isEqualTo(23);
            }
        }
    }

    @Test
    void aWindowOnAPageBoundaryCostsOneStashPageAndAnotherTwo() throws Exception {
        StashPages.window(new Paging(10, 5), this::stashPage);
        assertThat(asked).containsExactly("3x5");
        asked.clear();
        StashPages.window(new Paging(12, 5), this::stashPage);
        assertThat(asked).containsExactly("3x5", "4x5");
    }
}
