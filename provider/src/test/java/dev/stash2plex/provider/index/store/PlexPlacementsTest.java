package dev.stash2plex.provider.index.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.core.stash.Scene;
import dev.stash2plex.core.stash.SceneFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Plex sync's map of Plex's items on a real SQLite file: per section, kept across reopening, the scenes it lacks in SQL, indexed lookups, and the migration. */
class PlexPlacementsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @TempDir
    Path dir;

    private static Scene scene(long id, String title, String path) {
        return new Scene(Long.toString(id), title, null, null, null, List.of(), null, null, "2024-05-01T12:00:00Z", null,
                List.of(), List.of(), List.of(new SceneFile(path, path.substring(path.lastIndexOf('/') + 1), 1000, 60, null)));
    }

    private static PlexPlacements.Placement item(long scene, String ratingKey) {
        return new PlexPlacements.Placement(scene, ratingKey);
    }

    private static void fiveScenes(SceneStore store) {
        store.upsert(List.of(scene(1, "Beach day", "/stash/a/one.mp4"), scene(2, "Forest", "/stash/b/two.mp4"),
                scene(3, "Beach night", "/stash/c/three.mp4"), scene(4, "City", "/stash/Beach/four.mp4"),
                scene(5, "Desert", "/stash/e/five.mp4")), false, "built", NOW, Map.of());
    }

    private static List<Long> ids(MatchHistory.Page<MatchHistory.SceneRow> page) {
        return page.items().stream().map(MatchHistory.SceneRow::id).toList();
    }

    @Test
    void eachListedSectionReplacesItsItemsAndTheScenesNoItemShowsArePagedAndSearched() {
        Path file = dir.resolve("index.db");
        try (SceneStore store = SceneStore.open(file)) {
            fiveScenes(store);
            PlexPlacements placements = store.plexPlacements();
            assertThat(placements.listedAt()).isEmpty();

            assertThat(placements.replace(Map.of("3", List.of(item(1, "5001"), item(2, "5002")), "4", List.of(item(2, "6002"))),
                    Set.of("3", "4"), 1_000)).containsExactlyInAnyOrder(item(1, "5001"), item(2, "5002"), item(2, "6002"));
            assertThat(placements.listedAt()).contains(1_000L);
            assertThat(placements.count()).isEqualTo(3);
            assertThat(placements.ratingKeys(2)).containsExactly("5002", "6002");
            MatchHistory.Page<MatchHistory.SceneRow> missing = placements.scenesNotInPlex(null, 0, 10);
            assertThat(missing.total()).isEqualTo(3);
            assertThat(missing.items()).containsExactly(new MatchHistory.SceneRow(3, "Beach night", "/stash/c/three.mp4"),
                    new MatchHistory.SceneRow(4, "City", "/stash/Beach/four.mp4"), new MatchHistory.SceneRow(5, "Desert", "/stash/e/five.mp4"));
            assertThat(ids(placements.scenesNotInPlex(null, 1, 1))).containsExactly(4L);
            assertThat(placements.scenesNotInPlex(null, 1, 1).total()).isEqualTo(3);
            // Title or path, any case; scene 1 has "Beach" in its title but Plex holds it.
            MatchHistory.Page<MatchHistory.SceneRow> beach = placements.scenesNotInPlex("BEACH", 0, 10);
            assertThat(beach.total()).isEqualTo(2);
            assertThat(ids(beach)).containsExactly(3L, 4L);
            assertThat(ids(placements.scenesNotInPlex("beach", 1, 10))).containsExactly(4L);

            // Section 3 listed again (a scan added scene 3, Plex dropped 5001); section 4 not listed, kept as it was.
            assertThat(placements.replace(Map.of("3", List.of(item(2, "5002"), item(3, "5003"))), Set.of("3", "4"), 2_000))
                    .as("only what section 3 did not hold").containsExactly(item(3, "5003"));
            assertThat(placements.ratingKeys(1)).isEmpty();
            assertThat(placements.ratingKeys(2)).containsExactly("5002", "6002");
            assertThat(ids(placements.scenesNotInPlex(null, 0, 10))).containsExactly(1L, 4L, 5L);
        }
        try (SceneStore store = SceneStore.open(file)) {
            PlexPlacements placements = store.plexPlacements();
            assertThat(placements.listedAt()).as("kept across a restart").contains(2_000L);
            assertThat(ids(placements.scenesNotInPlex(null, 0, 10))).containsExactly(1L, 4L, 5L);

            // Section 4 is gone from Plex: its items go, though it was not listed.
            placements.replace(Map.of(), Set.of("3"), 3_000);
            assertThat(placements.ratingKeys(2)).containsExactly("5002");
            // A scene the index learns of later is missing from Plex at once.
            store.upsert(List.of(scene(6, "New", "/stash/f/six.mp4")), false, "scene-updated", NOW, Map.of());
            assertThat(ids(placements.scenesNotInPlex(null, 0, 10))).containsExactly(1L, 4L, 5L, 6L);
        }
    }

    /** What SQLite plans for a query over the index's file, as its detail lines. */
    private static List<String> plan(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.PreparedStatement explain = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            explain.setObject(1, 2);
            List<String> details = new java.util.ArrayList<>();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    details.add(rows.getString("detail"));
                }
            }
            return details;
        }
    }

    @Test
    void anEditedScenesItemsAreOneLookupInACoveringIndexAndASectionsByItsKey() throws Exception {
        Path file = dir.resolve("index.db");
        try (SceneStore store = SceneStore.open(file)) {
            store.plexPlacements().replace(Map.of("3", List.of(item(1, "5001"), item(2, "5002"))), Set.of("3"), 1_000);
        }
        // Per edited scene, at the sync's pace: a search of plex_items_scene that needs no table row (and no sort).
        assertThat(plan(file, PlexPlacements.SCENE_KEYS)).singleElement().asString()
                .contains("SEARCH plex_items USING COVERING INDEX plex_items_scene (scene_id=?)");
        // Per section listed again: the primary key's prefix.
        assertThat(plan(file, PlexPlacements.SECTION_KEYS)).singleElement().asString()
                .contains("SEARCH plex_items USING PRIMARY KEY (section_key=?)");
    }

    @Test
    void aStoreOfVersionThreeMigratesToFourKeepingItsScenesAndSyncJobs() throws Exception {
        Path file = dir.resolve("index.db");
        try (SceneStore store = SceneStore.open(file)) {
            fiveScenes(store);
            store.syncQueue().request(2, NOW.toEpochMilli());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            // What a version 3 file holds: everything but the Plex map.
            s.execute("DROP TABLE plex_items");
            s.execute("PRAGMA user_version = 3");
        }
        try (SceneStore store = SceneStore.open(file)) {
            assertThat(store.scene("5")).isPresent();
            assertThat(store.syncQueue().counts().waiting()).isEqualTo(1);
            PlexPlacements placements = store.plexPlacements();
            assertThat(placements.listedAt()).isEmpty();
            placements.replace(Map.of("3", List.of(item(5, "5005"))), Set.of("3"), 1_000);
            assertThat(ids(placements.scenesNotInPlex(null, 0, 10))).containsExactly(1L, 2L, 3L, 4L);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet version = s.executeQuery("PRAGMA user_version")) {
            assertThat(version.getInt(1)).isEqualTo(4).isEqualTo(SceneStore.SCHEMA_VERSION);
        }
    }
}
