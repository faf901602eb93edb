package dev.stash2plex.core.stash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stash2plex.core.testing.KeyShapes;
import dev.stash2plex.provider.testing.FakePerformer;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.FakeStream;
import dev.stash2plex.provider.testing.FakeStudio;
import dev.stash2plex.provider.testing.Polling;
import dev.stash2plex.provider.testing.StashSchema;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every answer from Stash is bounded in size and time: a huge GraphQL answer is cut at its cap without
 * being buffered, an image that stalls, drips, never ends or ends short fails with a typed
 * exception at its deadline or cap, and every such failure gives its Stash slot back and drops the
 * transfer. Against a fake that really misbehaves on the wire.
 */
class HttpStashClientBoundsTest {

    private static final long GIB = 1L << 30;
    private static final long MIB = 1L << 20;
    private static FakeStash stash;

    @BeforeAll
    static void startStash() {
        stash = FakeStash.start(StashSchema.load(), KeyShapes.KEY);
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

    /** One slot only, so a slot that is not given back shows as the next call timing out. */
    private static HttpStashClient oneSlot(Duration timeout) {
        return new HttpStashClient(new StashConnection(stash.baseUrl(), KeyShapes.KEY, Duration.ofSeconds(2), timeout, 1,
                Duration.ZERO));
    }

    private static void transfersStop() {
        Polling.until("the fake stops sending", Duration.ofSeconds(5), () -> stash.openStreams() == 0 ? true : null);
    }

    // ---- GraphQL

    @Test
    void aGibibyteAnswerIsCutAtTheCapQuicklyAndTheSlotComesBack() throws Exception {
        try (HttpStashClient client = oneSlot(Duration.ofSeconds(20))) {
            for (boolean announced : new boolean[] {false, true}) {
                stash.sendGraphqlAs(FakeStream.huge("application/json", GIB, announced));
                long started = System.nanoTime();

                assertThatThrownBy(client::version).as(announced ? "with Content-Length" : "chunked")
                        .isInstanceOf(StashException.BadAnswer.class)
                        .hasMessageContaining("sent an answer larger than 8 MiB, more than the provider reads");

                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
                transfersStop();
            }
            stash.answerNormally();
            assertThat(client.version().usable()).isTrue();
        }
    }

    @Test
    void anIndexPageMayBeLargerThanALookupButNotUnbounded() throws Exception {
        stash.add(FakeScene.builder("1").file("/data/a.mp4"));
        try (HttpStashClient client = oneSlot(Duration.ofSeconds(20))) {
            stash.sendGraphqlAs(FakeStream.huge("application/json", 12 * MIB, true));
            assertThatThrownBy(() -> client.findScene("1")).hasMessageContaining("larger than 8 MiB");
            // Read whole (it is not JSON), so the index's cap is above 12 MiB.
            assertThatThrownBy(() -> client.scenes(1, 500)).isInstanceOf(StashException.BadAnswer.class)
                    .hasMessageContaining("not a GraphQL JSON answer");

            stash.sendGraphqlAs(FakeStream.huge("application/json", 40 * MIB, false));
            assertThatThrownBy(() -> client.scenes(1, 500)).hasMessageContaining("larger than 32 MiB");
        }
    }

    @Test
    void aHeavyIndexPageIsATenthOfTheIndexCap() throws Exception {
        List<FakeScene> scenes = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            FakeScene.Builder scene = FakeScene.builder(Integer.toString(i)).title("A fairly long scene title, number " + i)
                    .code("CODE-" + i).director("Some Director").details("A long description. ".repeat(100))
                    .date("2021-03-04").withCover()
                    .studio(FakeStudio.of(Integer.toString(9000 + i), "Studio " + i).withImage()
                            .withParent(FakeStudio.of("8", "Network").withImage()));
            for (int u = 0; u < 3; u++) {
                scene.url("https://example.invalid/scenes/" + i + "/" + u + "/a-long-slug-for-the-scene");
            }
            for (int p = 0; p < 10; p++) {
                scene.performer(FakePerformer.of(Integer.toString(10_000 + p), "Performer Name " + p).withImage());
            }
            for (int t = 0; t < 30; t++) {
                scene.tag(Integer.toString(20_000 + t), "Tag name " + t);
            }
            for (int f = 0; f < 2; f++) {
                scene.file("/stash/media/Some Studio/A fairly long scene title, number " + i + " [" + f + "].mp4");
            }
            scenes.add(scene.build());
        }
        stash.add(scenes);

        byte[] request = new ObjectMapper().writeValueAsBytes(Map.of("operationName", StashQuery.INDEX_SCENES.operationName(),
                "query", StashQuery.INDEX_SCENES.text(), "variables", Map.of("page", 1, "perPage", 500)));
        long pageBytes;
        try (HttpClient http = HttpClient.newHttpClient()) {
            pageBytes = http.send(HttpRequest.newBuilder(stash.baseUrl().resolve("/graphql"))
                    .header("Content-Type", "application/json").header("ApiKey", KeyShapes.KEY)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request)).build(), HttpResponse.BodyHandlers.ofByteArray())
                    .body().length;
        }

        assertThat(pageBytes).as("a page of 500 heavy scenes").isGreaterThan(MIB)
                .isLessThan(GraphqlTransport.MAX_CATALOG_ANSWER_BYTES / 10);
        try (HttpStashClient client = oneSlot(Duration.ofSeconds(20))) {
            assertThat(client.scenes(1, 500).items()).hasSize(500);
        }
    }

    @Test
    void aDrippingAnswerEndsAtTheTimeout() throws Exception {
        stash.sendGraphqlAs(FakeStream.dripping("application/json", 100_000, 100, Duration.ofMillis(100)));
        try (HttpStashClient client = oneSlot(Duration.ofMillis(800))) {
            long started = System.nanoTime();
            assertThatThrownBy(client::version).isInstanceOf(StashException.Timeout.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            transfersStop();
            stash.answerNormally();
            assertThat(client.version().usable()).isTrue();
        }
    }

    // ---- images

    @Test
    void aStalledImageEndsAtItsDeadlineAndGivesItsSlotsBack() throws Exception {
        stash.add(FakeScene.builder("1").withCover()).sendImagesAs(FakeStream.stalled("image/png", 50_000, Duration.ofSeconds(30)));
        try (HttpStashClient client = oneSlot(Duration.ofMillis(400))) {
            long started = System.nanoTime();
            try (StashImage image = client.fetchImage(ImageKind.SCENE_SCREENSHOT, "1")) {
                ImageStreamException broken = catchThrowableOfType(image.body());
                assertThat(broken.problem()).isEqualTo(ImageStreamException.Problem.TOO_SLOW);
                assertThat(broken).hasMessageContaining("did not arrive completely within 1 s (0 bytes came)");
            }
            // Three timeouts: 1.2 s.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(1_100), Duration.ofSeconds(4));
            stash.answerNormally();
            assertThat(client.version().usable()).isTrue();
            try (StashImage image = client.fetchImage(ImageKind.SCENE_SCREENSHOT, "1")) {
                assertThat(image.body().readAllBytes()).isNotEmpty();
            }
        }
    }

    @Test
    void aDrippingImageEndsAtItsDeadline() throws Exception {
        stash.add(FakeScene.builder("1").withCover())
                .sendImagesAs(FakeStream.dripping("image/png", 1_000_000, 1_000, Duration.ofMillis(50)));
        try (HttpStashClient client = oneSlot(Duration.ofMillis(400));
                StashImage image = client.fetchImage(ImageKind.SCENE_SCREENSHOT, "1")) {
            ImageStreamException broken = catchThrowableOfType(image.body());
            assertThat(broken.problem()).isEqualTo(ImageStreamException.Problem.TOO_SLOW);
            assertThat(broken.getMessage()).containsPattern("within 1 s \\([1-9][0-9]+ bytes came\\)");
        }
        transfersStop();
    }

    @Test
    void anImageCutShortIsIncomplete() throws Exception {
        stash.add(FakeScene.builder("1").withCover()).sendImagesAs(FakeStream.cutShort("image/png", 10_000, 4_000));
        try (HttpStashClient client = oneSlot(Duration.ofSeconds(2));
                StashImage image = client.fetchImage(ImageKind.SCENE_SCREENSHOT, "1")) {
            ImageStreamException broken = catchThrowableOfType(image.body());
            assertThat(broken.problem()).isEqualTo(ImageStreamException.Problem.INCOMPLETE);
            assertThat(broken).hasMessageContaining("/scene/1/screenshot").hasMessageContaining("of 10000");
        }
    }

    @Test
    void aGibibyteImageIsRefusedAtTheCap() throws Exception {
        stash.add(FakeScene.builder("1").withCover());
        try (HttpStashClient client = oneSlot(Duration.ofSeconds(10))) {
            stash.sendImagesAs(FakeStream.huge("image/png", GIB, true));
            try (StashImage image = client.fetchImage(ImageKind.SCENE_SCREENSHOT, "1")) {
                assertThatThrownBy(() -> image.body().read(new byte[10]))
                        .isInstanceOf(ImageStreamException.class)
                        .hasMessageContaining("is 1073741824 bytes, more than the 20 MiB the provider passes on");
            }
            transfersStop();

            stash.sendImagesAs(FakeStream.huge("image/png", GIB, false));
            long delivered = 0;
            try (StashImage image = client.fetchImage(ImageKind.SCENE_SCREENSHOT, "1")) {
                byte[] buffer = new byte[64 * 1024];
                Throwable thrown = null;
                while (thrown == null) {
                    try {
                        int n = image.body().read(buffer);
                        assertThat(n).as("the body must not end normally").isPositive();
                        delivered += n;
                    } catch (ImageStreamException e) {
                        thrown = e;
                    }
                }
                assertThat(thrown).hasMessageContaining("larger than the 20 MiB");
            }
            assertThat(delivered).isLessThanOrEqualTo(ImageFetcher.MAX_IMAGE_BYTES);
            transfersStop();
            stash.answerNormally();
            assertThat(client.version().usable()).isTrue();
        }
    }

    @Test
    void closingAnImageMidStreamDropsTheTransferAndGivesTheSlotBack() throws Exception {
        // Would take 6 s to send completely.
        stash.add(FakeScene.builder("1").withCover())
                .sendImagesAs(FakeStream.dripping("image/jpeg", 2_000_000, 16_000, Duration.ofMillis(50)));
        try (HttpStashClient client = oneSlot(Duration.ofSeconds(5))) {
            StashImage image = client.fetchImage(ImageKind.SCENE_SCREENSHOT, "1");
            assertThat(image.body().readNBytes(20_000)).hasSize(20_000);
            long closed = System.nanoTime();
            image.close();

            transfersStop();
            assertThat(Duration.ofNanos(System.nanoTime() - closed)).isLessThan(Duration.ofSeconds(3));
            stash.answerNormally();
            assertThat(client.version().usable()).isTrue();
        }
    }

    @Test
    void imagesNeverTakeMoreThanHalfTheSlots() throws Exception {
        stash.add(FakeScene.builder("1").withCover()).sendImagesAs(FakeStream.stalled("image/png", 50_000, Duration.ofSeconds(30)));
        try (HttpStashClient client = new HttpStashClient(new StashConnection(stash.baseUrl(), KeyShapes.KEY,
                Duration.ofSeconds(2), Duration.ofMillis(1_500), 4, Duration.ZERO));
                StashImage first = client.fetchImage(ImageKind.SCENE_SCREENSHOT, "1");
                StashImage second = client.fetchImage(ImageKind.SCENE_SCREENSHOT, "1")) {
            assertThatThrownBy(() -> client.fetchImage(ImageKind.SCENE_SCREENSHOT, "1"))
                    .isInstanceOf(StashException.Timeout.class).hasMessageContaining("busy");

            assertThat(client.version().usable()).as("matching still gets through").isTrue();
            assertThat(client.findScene("1")).isPresent();
        }
    }

    @Test
    void aKeyThatCannotBeAHeaderIsRefusedBeforeAnythingIsSent() {
        KeyShapes.BAD.forEach((shape, key) -> {
            int asked = stash.requestCount();
            try (HttpStashClient client = HttpStashClientTest.client(stash.baseUrl(), key)) {
                for (Throwable thrown : List.of(catchThrowable(client::version),
                        catchThrowable(() -> client.fetchImage(ImageKind.SCENE_SCREENSHOT, "1")))) {
                    assertThat(thrown).as(shape).isInstanceOf(StashException.Unauthorized.class)
                            .hasMessageStartingWith("the API key for Stash at " + stash.baseUrl().getAuthority()
                                    + " cannot be sent: it contains ")
                            .hasMessageContaining(" at position ");
                    KeyShapes.assertHidden(shape, String.valueOf(thrown));
                }
            }
            assertThat(stash.requestCount()).as(shape).isEqualTo(asked);
        });
    }

    private static ImageStreamException catchThrowableOfType(InputStream body) {
        Throwable thrown = catchThrowable(body::readAllBytes);
        assertThat(thrown).isInstanceOf(ImageStreamException.class);
        return (ImageStreamException) thrown;
    }
}
