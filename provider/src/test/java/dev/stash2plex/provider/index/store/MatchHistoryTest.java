package dev.stash2plex.provider.index.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.core.stash.Scene;
import dev.stash2plex.core.stash.SceneFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The match history on a real SQLite file: latest per file, gaps once, bounded, set queries, and the migration. */
class MatchHistoryTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @TempDir
    Path dir;

    private static MatchHistory.Entry unmatched(String filename) {
        return new MatchHistory.Entry(filename, null, null, null, null, NOW);
    }

    private static MatchHistory.Entry matched(String filename, String step, long scene) {
        return new MatchHistory.Entry(filename, "/plex/media", "t", step, scene, NOW);
    }

    private static Scene scene(String id, String title, String path) {
        return new Scene(id, title, null, null, null, List.of(), null, null, "2024-05-01T12:00:00Z", null, List.of(), List.of(),
                List.of(new SceneFile(path, path.substring(path.lastIndexOf('/') + 1), 1000, 60, null)));
    }

    @Test
    void keepsTheLatestDecisionPerFileAndReportsAFileAsANewGapOnlyWhenItBecomesUnmatched() {
        try (SceneStore store = SceneStore.open(dir.resolve("index.db"))) {
            MatchHistory history = store.history();
            assertThat(history.record(List.of(unmatched("a.mp4"), matched("b.mp4", "path", 2))))
                    .extracting(MatchHistory.Entry::filename).containsExactly("a.mp4");
            assertThat(history.record(List.of(unmatched("a.mp4")))).isEmpty();
            assertThat(history.record(List.of(matched("a.mp4", "basename", 1)))).isEmpty();
            assertThat(history.record(List.of(unmatched("a.mp4")))).extracting(MatchHistory.Entry::filename).containsExactly("a.mp4");

            assertThat(history.countsByStep()).isEqualTo(Map.of("none", 1, "path", 1));
            MatchHistory.Page<MatchHistory.Entry> all = history.files(null, null, 0, 10);
            assertThat(all.total()).isEqualTo(2);
            assertThat(all.items()).extracting(MatchHistory.Entry::filename).containsExactly("a.mp4", "b.mp4");
            assertThat(history.files("path", "B.MP4", 0, 10).items()).singleElement()
                    .isEqualTo(matched("b.mp4", "path", 2));
            assertThat(history.files("none", "b.mp4", 0, 10).total()).isZero();
        }
    }

    @Test
    void forgetsTheFilesAskedAboutLongestAgoPastItsBound() {
        try (SceneStore store = SceneStore.open(dir.resolve("index.db"));
             Database db = Database.file(dir.resolve("index.db").toString())) {
            MatchHistory history = new MatchHistory(db, 3, () -> 0);
            for (String name : List.of("1", "2", "3", "4")) {
                history.record(List.of(unmatched(name)));
            }
            history.record(List.of(unmatched("2"), unmatched("5")));
            assertThat(history.files(null, null, 0, 10).items()).extracting(MatchHistory.Entry::filename)
                    .containsExactly("5", "2", "4");
        }
    }

    @Test
    void scenesNoMatchPointsAtAndSameNamedFilesComeFromSetQueries() {
        try (SceneStore store = SceneStore.open(dir.resolve("index.db"))) {
            store.upsert(List.of(scene("1", "One", "/stash/a/x.mp4"), scene("2", "Two", "/stash/b/x.mp4"),
                    scene("3", "Three", "/stash/c/y.mp4")), false, "built", NOW, Map.of());
            MatchHistory history = store.history();
            history.record(List.of(matched("/plex/c/y.mp4", "path", 3), unmatched("/plex/a/x.mp4"),
                    matched("/plex/z/z.mp4", "title", 99)));

            MatchHistory.Page<MatchHistory.SceneRow> never = history.scenesNeverMatched(null, 0, 10);
            assertThat(never.total()).isEqualTo(2);
            assertThat(never.items()).containsExactly(new MatchHistory.SceneRow(1, "One", "/stash/a/x.mp4"),
                    new MatchHistory.SceneRow(2, "Two", "/stash/b/x.mp4"));
            assertThat(history.scenesNeverMatched("/STASH/B/", 0, 10).items()).extracting(MatchHistory.SceneRow::id).containsExactly(2L);
            assertThat(history.scenesNeverMatched(null, 1, 10).items()).extracting(MatchHistory.SceneRow::id).containsExactly(2L);
            // Scene 99 is not in the index: it counts for nothing.
            assertThat(history.scenesMatched()).isEqualTo(1);
            // The path-matched file is no evidence; the unmatched one has two namesakes.
            assertThat(history.sharedNames(100)).extracting(MatchHistory.SharedName::stashPath)
                    .containsExactlyInAnyOrder("/stash/a/x.mp4", "/stash/b/x.mp4");
            assertThat(history.unmatchedAfter(null, 10)).extracting(MatchHistory.Entry::filename).containsExactly("/plex/a/x.mp4");
            assertThat(history.unmatchedAfter("/plex/a/x.mp4", 10)).isEmpty();
        }
    }

    @Test
    void anIndexOfTheFirstVersionGainsTheHistoryAndKeepsItsScenes() throws Exception {
        Path file = dir.resolve("index.db");
        try (SceneStore store = SceneStore.open(file)) {
            store.upsert(List.of(scene("1", "One", "/stash/a/x.mp4")), false, "built", NOW, Map.of());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            // What a version 1 file holds: none of the later migrations' tables.
            for (String table : List.of("match_history", "sync_jobs", "sync_state", "sync_artwork", "plex_items")) {
                s.execute("DROP TABLE " + table);
            }
            s.execute("PRAGMA user_version = 1");
        }
        try (SceneStore store = SceneStore.open(file)) {
            assertThat(store.scene("1")).isPresent();
            store.history().record(List.of(unmatched("x.mp4")));
            assertThat(store.history().countsByStep()).isEqualTo(Map.of("none", 1));
        }
    }
}
