package dev.stash2plex.provider.index.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stash2plex.core.stash.Performer;
import dev.stash2plex.core.stash.Scene;
import dev.stash2plex.core.stash.SceneFile;
import dev.stash2plex.core.stash.Studio;
import dev.stash2plex.core.stash.Tag;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on a real SQLite file: lookups, change log, and what happens to files that are not a sound index. */
class SceneStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @TempDir
    Path dir;

    private static Scene scene(String id, String title, String updatedAt, String... paths) {
        List<SceneFile> files = java.util.Arrays.stream(paths)
                .map(path -> new SceneFile(path, path.substring(path.lastIndexOf('/') + 1), 1000, 60, "00000000000000" + id))
                .toList();
        return new Scene(id, title, null, null, null, List.of(), "2024-01-02", null, updatedAt,
                new Studio("7", "Studio Seven", true, "11", null),
                List.of(new Performer("3", "Ann", null, "FEMALE", true, "12")), List.of(new Tag("4", "tag")), files);
    }

    @Test
    void findsScenesByExactPathBasenameOshashAndTitle() {
        try (SceneStore store = SceneStore.open(dir.resolve("index.db"))) {
            store.upsert(List.of(scene("1", "Beach Day", "2024-05-01T12:00:00+02:00", "/media/a_b.mp4"),
                    scene("2", "Night Out", "2024-05-01T12:00:00+02:00", "/media/axb.mp4", "/other/A_B.mp4")),
                    false, "built", NOW, Map.of());

            assertThat(store.byPath("/media/a_b.mp4")).extracting(Scene::id).containsExactly("1");
            // Exact equality, not Stash's LIKE: '_' is no wildcard and case counts.
            assertThat(store.byPath("/media/aXb.mp4")).isEmpty();
            assertThat(store.byPathIgnoringCase("/OTHER/a_b.MP4")).extracting(Scene::id).containsExactly("2");
            assertThat(store.byBasename("a_b.mp4")).extracting(Scene::id).containsExactly("1");
            assertThat(store.byBasenameIgnoringCase("a_b.mp4")).extracting(Scene::id).containsExactly("1", "2");
            assertThat(store.byOshash("00000000000000" + "2")).extracting(Scene::id).containsExactly("2");
            assertThat(store.searchTitles(List.of("beach"), 10)).extracting(Scene::id).containsExactly("1");
            Scene stored = store.scene("2").orElseThrow();
            assertThat(stored).isEqualTo(scene("2", "Night Out", "2024-05-01T12:00:00+02:00", "/media/axb.mp4", "/other/A_B.mp4"));
            assertThat(store.sceneCount()).isEqualTo(2);
        }
    }

    @Test
    void countsReadBetweenWritesFollowEveryWrite() {
        try (SceneStore store = SceneStore.open(dir.resolve("index.db"))) {
            assertThat(store.sceneCount()).isZero();
            store.upsert(List.of(scene("1", "A", "t1", "/a.mp4"), scene("2", "B", "t1", "/b.mp4")), true, "scene-updated", NOW, Map.of());
            assertThat(store.sceneCount()).isEqualTo(2);
            assertThat(store.changeCount()).isEqualTo(2);

            store.delete(List.of(2L), true, NOW);
            assertThat(store.sceneCount()).isEqualTo(1);
            assertThat(store.changeCount()).isEqualTo(3);
            store.clear();
            assertThat(store.sceneCount()).isZero();
            assertThat(store.changeCount()).isZero();
        }
    }

    @Test
    void logsAddedAndChangedScenesButNotRereadsOfTheSameVersion() {
        try (SceneStore store = SceneStore.open(dir.resolve("index.db"))) {
            store.upsert(List.of(scene("1", "A", "t1", "/a.mp4")), false, "built", NOW, Map.of());

            store.upsert(List.of(scene("1", "A", "t1", "/a.mp4"), scene("2", "B", "t1", "/b.mp4")), true, "scene-updated", NOW, Map.of());
            store.upsert(List.of(scene("1", "A2", "t2", "/a.mp4")), true, "scene-updated", NOW, Map.of("cursor", "t2"));
            store.upsert(List.of(scene("1", "A2", "t2", "/a.mp4")), true, "related-performer", NOW, Map.of());
            store.delete(List.of(2L), true, NOW);

            assertThat(store.changesAfter(0, 10)).extracting(ChangeLog.Change::sceneId, ChangeLog.Change::cause)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "scene-updated"),
                            org.assertj.core.groups.Tuple.tuple(1L, "scene-updated"),
                            org.assertj.core.groups.Tuple.tuple(1L, "related-performer"),
                            org.assertj.core.groups.Tuple.tuple(2L, "removed"));
            assertThat(store.meta("cursor")).contains("t2");
            assertThat(store.byPath("/b.mp4")).isEmpty();
            assertThat(store.searchTitles(List.of("A2"), 5)).extracting(Scene::id).containsExactly("1");
        }
    }

    @Test
    void reopensWhatWasStored() {
        Path file = dir.resolve("index.db");
        try (SceneStore store = SceneStore.open(file)) {
            store.upsert(List.of(scene("5", "Kept", "t", "/k.mp4")), false, "built", NOW, Map.of("complete", "true"));
        }
        try (SceneStore store = SceneStore.open(file)) {
            assertThat(store.meta("complete")).contains("true");
            assertThat(store.byPath("/k.mp4")).extracting(Scene::id).containsExactly("5");
        }
    }

    @Test
    void refusesAFileThatIsNotADatabaseAnotherProgramsOrANewerVersion() throws Exception {
        Path garbage = dir.resolve("garbage.db");
        Files.write(garbage, "this is not SQLite, just some bytes that someone wrote here".repeat(200).getBytes());
        assertThatThrownBy(() -> SceneStore.open(garbage)).isInstanceOf(StoreException.Unusable.class);

        Path foreign = dir.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE photos (id INTEGER)");
        }
        assertThatThrownBy(() -> SceneStore.open(foreign)).isInstanceOf(StoreException.Unusable.class)
                .hasMessageContaining("another program");

        Path newer = dir.resolve("newer.db");
        SceneStore.open(newer).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (SceneStore.SCHEMA_VERSION + 1));
        }
        assertThatThrownBy(() -> SceneStore.open(newer)).isInstanceOf(StoreException.Unusable.class)
                .hasMessageContaining("newer Stash2Plex");
    }

    @Test
    void theOpenerMovesADamagedFileAsideAndFallsBackToMemoryWhereNothingCanBeWritten() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.write(data.resolve(StoreOpener.FILE_NAME), new byte[8192]);
        StoreOpener opener = new StoreOpener(Clock.fixed(NOW, ZoneOffset.UTC));

        try (SceneStore store = opener.open(data).store()) {
            assertThat(store.kind()).isEqualTo(SceneStore.Kind.FILE);
            assertThat(store.sceneCount()).isZero();
        }
        try (var aside = Files.list(data)) {
            assertThat(aside.map(p -> p.getFileName().toString()))
                    .contains(StoreOpener.FILE_NAME + ".unusable-20261202-100000");
        }

        // A data folder below a plain file cannot be created, whoever runs the test (root included).
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file, not a folder");
        StoreOpener.Opened opened = opener.open(blocker.resolve("data"));
        try (SceneStore store = opened.store()) {
            assertThat(store.kind()).isEqualTo(SceneStore.Kind.MEMORY);
            assertThat(opened.warning()).contains("in memory").contains("S2P_DATA_DIR");
            store.upsert(List.of(scene("1", "M", "t", "/m.mp4")), false, "built", NOW, Map.of());
            assertThat(store.byPath("/m.mp4")).hasSize(1);
        }
    }
}
