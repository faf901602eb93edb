package dev.stash2plex.core.stash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.StashSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Path, basename and text lookups, including Stash's traps: EQUALS is a case-insensitive LIKE in
 * which {@code _} and {@code %} are wildcards, and MATCHES_REGEX needs a properly escaped basename.
 */
class HttpStashClientLookupTest {

    private static FakeStash stash;
    private HttpStashClient client;

    @BeforeAll
    static void startStash() {
        stash = FakeStash.start(StashSchema.load(), null);
    }

    @AfterAll
    static void stopStash() {
        if (stash != null) {   // null when the schema is missing and the class was skipped
            stash.close();
        }
    }

    @BeforeEach
    void connect() {
        client = HttpStashClientTest.client(stash.baseUrl(), null);
    }

    @AfterEach
    void noInvalidQueryWasEverSent() {
        client.close();
        assertThat(stash.invalidQueries()).isEmpty();
        stash.reset();
    }

    @Test
    void anUnderscoreIsNotAWildcardForUs() throws Exception {
        stash.add(FakeScene.builder("1").file("/data/a_b.mp4"));

        assertThat(client.findScenesByPath("/data/aXb.mp4")).isEmpty();
        assertThat(client.findScenesByPath("/data/a_b.mp4")).extracting(SceneHit::id).containsExactly("1");
        // Stash itself did answer the wildcard match; only our re-check dropped it.
        assertThat(stash.graphqlRequests()).hasSize(2);
    }

    @Test
    void aPercentIsNotAWildcardForUs() throws Exception {
        stash.add(FakeScene.builder("1").file("/data/100 best.mp4"));

        assertThat(client.findScenesByPath("/data/100%.mp4")).isEmpty();
    }

    @Test
    void caseMatters() throws Exception {
        stash.add(FakeScene.builder("1").file("/DATA/A_B.mp4"), FakeScene.builder("2").file("/data/a_b.mp4"));

        assertThat(client.findScenesByPath("/data/a_b.mp4")).extracting(SceneHit::id).containsExactly("2");
        assertThat(client.findScenesByPath("/DATA/A_B.mp4")).extracting(SceneHit::id).containsExactly("1");
        assertThat(client.findScenesByPath("/Data/a_b.mp4")).isEmpty();
    }

    @Test
    void anySecondaryFileCounts() throws Exception {
        stash.add(FakeScene.builder("1").file("/data/main.mp4").file("/data/copy.mp4"));

        assertThat(client.findScenesByPath("/data/copy.mp4")).extracting(SceneHit::id).containsExactly("1");
    }

    @Test
    void windowsPathsWork() throws Exception {
        stash.add(FakeScene.builder("1").file("D:\\Videos\\clip_1.mp4"));

        assertThat(client.findScenesByPath("D:\\Videos\\clip_1.mp4")).extracting(SceneHit::id).containsExactly("1");
        assertThat(client.findScenesByBasename("clip_1.mp4")).extracting(SceneHit::id).containsExactly("1");
    }

    @Test
    void basenameFindsScenesInEveryFolder() throws Exception {
        stash.add(FakeScene.builder("1").file("/a/clip.mp4"), FakeScene.builder("2").file("/b/deeper/clip.mp4"),
                FakeScene.builder("3").file("/c/myclip.mp4"), FakeScene.builder("4").file("/d/clip.mp4.part"),
                FakeScene.builder("5").file("/e/CLIP.mp4"));

        assertThat(client.findScenesByBasename("clip.mp4")).extracting(SceneHit::id).containsExactly("1", "2");
    }

    @Test
    void basenameMetacharactersAreEscaped() throws Exception {
        stash.add(FakeScene.builder("1").file("/a/scene (1) [HD].mp4"), FakeScene.builder("2").file("/a/sceneX.mp4"),
                FakeScene.builder("3").file("/a/a+b$c^d.{x}|y*.mp4"), FakeScene.builder("4").file("/a/a_b.mp4"));

        assertThat(client.findScenesByBasename("scene (1) [HD].mp4")).extracting(SceneHit::id).containsExactly("1");
        assertThat(client.findScenesByBasename("scene.mp4")).isEmpty();
        assertThat(client.findScenesByBasename("a+b$c^d.{x}|y*.mp4")).extracting(SceneHit::id).containsExactly("3");
        assertThat(client.findScenesByBasename("aXb.mp4")).isEmpty();
    }

    @Test
    void aBackslashInsideALinuxNameIsNotAFolder() throws Exception {
        stash.add(FakeScene.builder("1").file("/a/x\\clip.mp4"));

        assertThat(client.findScenesByBasename("clip.mp4")).isEmpty();
        assertThat(client.findScenesByBasename("x\\clip.mp4")).isEmpty();
    }

    @Test
    void blankArgumentsAreNotAsked() throws Exception {
        assertThat(client.findScenesByPath("")).isEmpty();
        assertThat(client.findScenesByBasename(" ")).isEmpty();
        assertThat(client.findScenesByBasename("a/b.mp4")).isEmpty();
        assertThat(client.searchScenes("  ", 10)).isEmpty();
        assertThat(client.searchScenes("x", 0)).isEmpty();
        assertThat(stash.requestCount()).isZero();
    }

    @Test
    void searchIsLimitedAndSortedById() throws Exception {
        stash.add(FakeScene.builder("30").title("Beach Day"), FakeScene.builder("4").title("beach night"),
                FakeScene.builder("12").title("Mountain").file("/data/beach/m.mp4"), FakeScene.builder("5").title("City"));

        assertThat(client.searchScenes("beach", 10)).extracting(SceneHit::id).containsExactly("4", "12", "30");
        assertThat(client.searchScenes("beach", 2)).extracting(SceneHit::id).containsExactly("4", "12");
        assertThat(stash.graphqlRequests().getLast().variables()).containsEntry("perPage", 2);
    }

    @Test
    void re2EscapingCoversEveryMetacharacter() {
        assertThat(QueryArguments.re2Escape("a.b+c*d?e(f)g|h[i]j{k}l^m$n\\o-p"))
                .isEqualTo("a\\.b\\+c\\*d\\?e\\(f\\)g\\|h\\[i\\]j\\{k\\}l\\^m\\$n\\\\o-p");
    }
}
