package dev.stash2plex.core.stash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stash2plex.provider.testing.FakeImages;
import dev.stash2plex.provider.testing.FakePerformer;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.FakeStudio;
import dev.stash2plex.provider.testing.StashSchema;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Images come from Stash with the key in a header; a login page never passes for artwork. */
class HttpStashClientImageTest {

    private static final String KEY = "image-key-123";
    private static FakeStash stash;

    @BeforeAll
    static void startStash() {
        stash = FakeStash.start(StashSchema.load(), KEY);
    }

    @AfterAll
    static void stopStash() {
        if (stash != null) {   // null when the schema is missing and the class was skipped
            stash.close();
        }
    }

    @AfterEach
    void reset() {
        stash.reset();
    }

    @Test
    void streamsTheImageWithItsContentType() throws Exception {
        stash.add(FakeScene.builder("123").withCover());
        byte[] expected = FakeImages.png("scene", "123");

        try (HttpStashClient client = client(KEY); StashImage image = client.fetchImage(ImageKind.SCENE_SCREENSHOT, "123")) {
            assertThat(image.contentType()).isEqualTo("image/png");
            assertThat(image.contentLength()).isEqualTo(expected.length);
            assertThat(image.body().readAllBytes()).isEqualTo(expected);
        }

        assertThat(stash.requests().getLast().path()).isEqualTo("/scene/123/screenshot");
        assertThat(stash.requests().getLast().header("ApiKey")).isEqualTo(KEY);
        assertThat(stash.requests().getLast().rawQuery()).isNull();
    }

    @Test
    void performerAndStudioImagesHaveTheirOwnRoutes() throws Exception {
        stash.add(FakeScene.builder("1").performer(FakePerformer.of("7", "Alice").withImage())
                .studio(FakeStudio.of("3", "Studio").withParent(FakeStudio.of("4", "Network").withImage())));

        try (HttpStashClient client = client(KEY)) {
            try (StashImage performer = client.fetchImage(ImageKind.PERFORMER, "7")) {
                assertThat(performer.body().readAllBytes()).isEqualTo(FakeImages.png("performer", "7"));
            }
            try (StashImage parent = client.fetchImage(ImageKind.STUDIO, "4")) {
                assertThat(parent.body().readAllBytes()).isEqualTo(FakeImages.png("studio", "4"));
            }
            try (StashImage placeholder = client.fetchImage(ImageKind.STUDIO, "3")) {
                assertThat(placeholder.body().readAllBytes()).isEqualTo(FakeImages.placeholder());
            }
        }
    }

    @Test
    void aRedirectToTheLoginPageIsUnauthorized() {
        stash.add(FakeScene.builder("1").withCover());
        try (HttpStashClient client = client(null)) {
            assertThatThrownBy(() -> client.fetchImage(ImageKind.SCENE_SCREENSHOT, "1"))
                    .isInstanceOf(StashException.Unauthorized.class).hasMessageContaining("302");
        }
        assertThat(stash.requests().getLast().header("ApiKey")).isNull();
    }

    @Test
    void aWrongKeyIsUnauthorized() {
        stash.add(FakeScene.builder("1").withCover());
        try (HttpStashClient client = client("wrong")) {
            assertThatThrownBy(() -> client.fetchImage(ImageKind.SCENE_SCREENSHOT, "1"))
                    .isInstanceOf(StashException.Unauthorized.class).hasMessageContaining("401");
        }
    }

    @Test
    void somethingThatIsNotAnImageIsABadAnswerAndFreesItsSlot() throws Exception {
        stash.add(FakeScene.builder("1").withCover()).answerGarbage();
        try (HttpStashClient client = new HttpStashClient(new StashConnection(stash.baseUrl(), KEY,
                Duration.ofSeconds(2), Duration.ofMillis(500), 1, Duration.ZERO))) {
            assertThatThrownBy(() -> client.fetchImage(ImageKind.SCENE_SCREENSHOT, "1"))
                    .isInstanceOf(StashException.BadAnswer.class).hasMessageContaining("text/html, not an image");

            stash.answerNormally();
            try (StashImage image = client.fetchImage(ImageKind.SCENE_SCREENSHOT, "1")) {
                assertThat(image.contentType()).isEqualTo("image/png");
            }
        }
    }

    @Test
    void anUnknownOrMalformedIdIsABadAnswer() {
        try (HttpStashClient client = client(KEY)) {
            assertThatThrownBy(() -> client.fetchImage(ImageKind.PERFORMER, "99"))
                    .isInstanceOf(StashException.BadAnswer.class).hasMessageContaining("404");
            int asked = stash.requestCount();
            assertThatThrownBy(() -> client.fetchImage(ImageKind.SCENE_SCREENSHOT, "../../graphql"))
                    .isInstanceOf(StashException.BadAnswer.class).hasMessageContaining("not a Stash id");
            assertThat(stash.requestCount()).isEqualTo(asked);
        }
    }

    private static HttpStashClient client(String key) {
        return HttpStashClientTest.client(stash.baseUrl(), key);
    }
}
