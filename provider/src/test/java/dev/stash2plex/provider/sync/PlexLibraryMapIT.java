package dev.stash2plex.provider.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.provider.index.store.PlexPlacements;
import dev.stash2plex.provider.index.store.SceneStore;
import dev.stash2plex.provider.testing.FakePms;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sync's look at Plex against the fake Plex Media Server over real HTTP, writing into real SQLite
 * stores: the store is the one home of scene → items, so what the sync refreshes for a scene is what the
 * store holds, a store the sections were not listed into (the index moved to memory, or was rebuilt) is
 * listed afresh though Plex's stamps did not move, and only a changed section is paged through again.
 */
class PlexLibraryMapIT {

    private static final String TOKEN = "map-test-plex-token";
    private static final String GUID = "tv.plex.agents.custom.stash2plex://movie/";

    private FakePms plex;
    private PlexServer server;
    private final PlexLibraryMap map = new PlexLibraryMap();
    private final SceneStore first = SceneStore.inMemory();
    private final SceneStore second = SceneStore.inMemory();

    @BeforeEach
    void plex() {
        plex = FakePms.start(TOKEN).section("3", "Stash", "/plex/media").section("4", "Films", "/plex/films")
                .item("3", "501", GUID + "1", "/plex/media/one.mp4")
                .item("3", "502", GUID + "2", "/plex/media/two.mp4")
                .item("4", "602", GUID + "2", "/plex/films/two.mp4")
                .item("4", "900", "plex://movie/5d776b59ad5437001f79c6f8", "/plex/films/other.mkv");
        server = new PlexServer(plex.baseUrl(), TOKEN, PlexSync.CLIENT_ID);
    }

    @AfterEach
    void close() {
        plex.close();
        first.close();
        second.close();
    }

    private long pagesAsked() {
        return plex.requests().stream().filter(request -> request.path().endsWith("/all")).count();
    }

    @Test
    void aStoreTheSectionsWereNotListedIntoIsListedAfreshThoughPlexsStampsDidNotMove() throws Exception {
        map.update(server, first.plexPlacements(), false, 1_000);
        assertThat(first.plexPlacements().ratingKeys(2)).containsExactly("502", "602");
        assertThat(map.listedInto(first.plexPlacements())).isTrue();
        assertThat(map.listedInto(second.plexPlacements())).isFalse();
        long pages = pagesAsked();

        // The index's store was replaced: nothing in Plex changed, but the new store holds nothing yet.
        List<PlexLibraryMap.NewItem> found = map.update(server, second.plexPlacements(), false, 2_000);
        assertThat(pagesAsked()).as("both sections paged again").isEqualTo(pages + 2);
        PlexPlacements placements = second.plexPlacements();
        assertThat(placements.ratingKeys(1)).containsExactly("501");
        assertThat(placements.ratingKeys(2)).containsExactly("502", "602");
        assertThat(placements.count()).isEqualTo(3);
        assertThat(placements.listedAt()).contains(2_000L);
        assertThat(found).as("every item is new to a store listed for the first time").containsExactlyInAnyOrder(
                new PlexLibraryMap.NewItem(1, "501"), new PlexLibraryMap.NewItem(2, "502"), new PlexLibraryMap.NewItem(2, "602"));
        assertThat(map.listedInto(second.plexPlacements())).isTrue();
    }

    @Test
    void onlyASectionWhoseStampMovedIsPagedAgainAndOnlyTheItemsPlexMatchedSinceAreNew() throws Exception {
        PlexPlacements placements = first.plexPlacements();
        assertThat(map.update(server, placements, false, 1_000)).hasSize(3);
        long pages = pagesAsked();

        assertThat(map.update(server, placements, false, 2_000)).isEmpty();
        assertThat(pagesAsked()).as("no stamp moved: no section paged").isEqualTo(pages);
        assertThat(placements.listedAt()).as("nothing to store").contains(1_000L);

        // A scan of section 3 finds a new file, matched to scene 7: only section 3 is paged again.
        plex.fileOnDisk("3", "507", GUID + "7", "/plex/media/new/seven.mp4");
        server.scanFolder("3", "/plex/media/new");
        assertThat(map.update(server, placements, false, 3_000)).containsExactly(new PlexLibraryMap.NewItem(7, "507"));
        assertThat(pagesAsked()).isEqualTo(pages + 1);
        assertThat(placements.ratingKeys(7)).containsExactly("507");
        assertThat(placements.ratingKeys(2)).containsExactly("502", "602");
        assertThat(placements.count()).isEqualTo(4);

        // Forced ("Sync now"): every section paged, nothing new.
        assertThat(map.update(server, placements, true, 4_000)).isEmpty();
        assertThat(pagesAsked()).isEqualTo(pages + 3);
        assertThat(placements.listedAt()).contains(4_000L);
    }
}
