package dev.stash2plex.provider.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.testing.FakeImages;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.FakeStream;
import dev.stash2plex.provider.testing.Polling;
import dev.stash2plex.provider.testing.ProviderClient;
import dev.stash2plex.provider.testing.StashSchema;
import dev.stash2plex.provider.testing.TestProvider;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Stash that stalls, drips, sends a gibibyte or cuts an image short cannot wedge the provider or
 * exhaust its heap: matching keeps answering, every broken image is a JSON 502 (or a cut connection
 * once part of it went out), and Stash's slots come back. The provider runs in this JVM with the test
 * settings (Stash timeout 2 s, so an image may take 6 s; 4 Stash slots, 2 of them for images), and is
 * judged by its answers only.
 */
class UpstreamBoundsIT {

    private static final long GIB = 1L << 30;
    private static final long MIB = 1L << 20;
    private static final String KEY = "fake-bounds-key-0000";
    private static FakeStash stash;
    private static Provider provider;
    private static ProviderClient plex;

    @BeforeAll
    static void start() {
        stash = FakeStash.start(StashSchema.load(), KEY);
        for (int id = 1; id <= 30; id++) {
            stash.add(FakeScene.builder(Integer.toString(id)).title("Scene " + id).file("/s/file" + id + ".mp4").withCover());
        }
        provider = TestProvider.start(TestProvider.config(stash.baseUrl(), KEY, List.of()));
        plex = new ProviderClient(provider.port());
    }

    @AfterAll
    static void stop() {
        if (stash != null) {   // null when the schema is missing and the class was skipped
            provider.close();
            stash.close();
        }
    }

    @AfterEach
    void healStash() {
        stash.answerNormally();
    }

    private static void stillServesEverything(int sceneId) {
        assertThat(plex.match("{\"filename\":\"file" + sceneId + ".mp4\"}").json().at("/MediaContainer/size").asInt())
                .as("a match after the fault").isEqualTo(1);
        HttpResponse<byte[]> image = plex.getBytes("http://127.0.0.1:" + provider.port() + "/images/scene/" + sceneId + "/1");
        assertThat(image.statusCode()).as("an image after the fault").isEqualTo(200);
        assertThat(image.body()).isEqualTo(FakeImages.png("scene", Integer.toString(sceneId)));
    }

    @Test
    void matchingAnswersWhileEightImagesStall() throws Exception {
        stash.sendImagesAs(FakeStream.stalled("image/jpeg", 300_000, Duration.ofMinutes(5)));
        try (ExecutorService plexes = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<ProviderClient.Answer>> images = new ArrayList<>();
            for (int id = 1; id <= 8; id++) {
                String path = "/images/scene/" + id + "/1";
                images.add(plexes.submit(() -> plex.get(path)));
            }
            // Until the image requests hold what they can take: both image slots streaming from Stash.
            Polling.until("two image streams open at Stash", Duration.ofSeconds(10), () -> stash.openStreams() >= 2 ? true : null);

            for (int id = 11; id <= 15; id++) {
                long started = System.nanoTime();
                ProviderClient.Answer match = plex.match("{\"filename\":\"file" + id + ".mp4\"}");
                assertThat(match.json().at("/MediaContainer/size").asInt()).as("match while images stall").isEqualTo(1);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            }
            assertThat(plex.get("/health").json().get("status").asText()).isEqualTo("ok");

            List<String> errors = new ArrayList<>();
            for (Future<ProviderClient.Answer> image : images) {
                ProviderClient.Answer answer = image.get(20, TimeUnit.SECONDS);
                assertThat(answer.contentType()).startsWith("application/json");
                errors.add(answer.status() + " " + answer.json().get("error").asText());
            }
            // Two hold the image slots until the 6 s deadline; the others give up waiting for one after 2 s.
            assertThat(errors).contains("502 stash-image-too-slow")
                    .allMatch(e -> e.equals("502 stash-image-too-slow") || e.equals("404 stash-timeout"));
        }
        stash.answerNormally();
        stillServesEverything(16);
    }

    @Test
    void aGibibyteAnswerFromStashCostsAnErrorNotTheHeap() throws Exception {
        for (boolean announced : new boolean[] {false, true}) {
            stash.sendGraphqlAs(FakeStream.huge("application/json", GIB, announced));
            try (ExecutorService plexes = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<ProviderClient.Answer>> matches = new ArrayList<>();
                for (int id = 1; id <= 4; id++) {
                    String body = "{\"filename\":\"huge" + id + (announced ? "a" : "c") + ".mp4\"}";
                    matches.add(plexes.submit(() -> plex.match(body)));
                }
                for (Future<ProviderClient.Answer> match : matches) {
                    ProviderClient.Answer answer = match.get(20, TimeUnit.SECONDS);
                    assertThat(answer.status()).isEqualTo(200);
                    assertThat(answer.json().at("/MediaContainer/size").asInt()).isZero();
                }
            }
            String explained = plex.get("/explain?filename=huge9.mp4").body();
            assertThat(explained).contains("larger than 8 MiB");
            Polling.until("Stash's transfers dropped", Duration.ofSeconds(10), () -> stash.openStreams() == 0 ? true : null);
        }
        stash.answerNormally();
        stillServesEverything(17);
    }

    @Test
    void brokenImagesAreJson502() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        record Case(FakeStream stream, String error, String message) {
        }
        for (Case broken : List.of(
                new Case(FakeStream.exactly("image/svg+xml", svg.getBytes(StandardCharsets.UTF_8)), "stash-image-type",
                        "Stash sent an image type the provider does not pass on"),
                new Case(FakeStream.exactly("image/x-icon", new byte[64]), "stash-image-type",
                        "Stash sent an image type the provider does not pass on"),
                new Case(FakeStream.cutShort("image/png", 10_000, 4_000), "stash-image-incomplete", "after 4000 bytes of 10000"),
                new Case(FakeStream.huge("image/png", GIB, true), "stash-image-too-large", "more than the 20 MiB"))) {
            stash.sendImagesAs(broken.stream());
            ProviderClient.Answer answer = plex.get("/images/scene/20/1");
            assertThat(answer.status()).as(broken.stream().toString()).isEqualTo(502);
            assertThat(answer.contentType()).startsWith("application/json");
            assertThat(answer.json().get("error").asText()).isEqualTo(broken.error());
            assertThat(answer.json().get("message").asText()).contains(broken.message());
            assertThat(answer.body()).doesNotContain("<svg");
        }
        stash.answerNormally();
        stillServesEverything(18);
    }

    @Test
    void anEndlessImageIsCutOffNotPassedOnWhole() throws Exception {
        stash.sendImagesAs(FakeStream.huge("image/png", GIB, false));
        long received = 0;
        IOException cut = null;
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + provider.port() + "/images/scene/21/1")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(answer.statusCode()).isEqualTo(200);
            try (InputStream body = answer.body()) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                    received += n;
                }
            } catch (IOException e) {
                cut = e;
            }
        }
        assertThat(cut).as("the connection is cut, so Plex keeps no truncated picture").isNotNull();
        assertThat(received).isLessThanOrEqualTo(21 * MIB);
        Polling.until("Stash's transfer dropped", Duration.ofSeconds(10), () -> stash.openStreams() == 0 ? true : null);
        stash.answerNormally();
        stillServesEverything(19);
    }

    @Test
    void plexGoingAwayMidImageDropsTheTransferFromStash() throws Exception {
        // 4 MB at 32 kB per 50 ms would take over 6 s: the transfer is still running when Plex leaves.
        stash.sendImagesAs(FakeStream.dripping("image/jpeg", 4_000_000, 32_000, Duration.ofMillis(50)));
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + provider.port() + "/images/scene/22/1")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = answer.body()) {
                assertThat(body.readNBytes(200_000)).hasSize(200_000);
            }
            assertThat(stash.openStreams()).isEqualTo(1);
        }
        long left = System.nanoTime();
        Polling.until("Stash's transfer dropped", Duration.ofSeconds(5), () -> stash.openStreams() == 0 ? true : null);
        assertThat(Duration.ofNanos(System.nanoTime() - left)).isLessThan(Duration.ofSeconds(3));
        stash.answerNormally();
        stillServesEverything(23);
    }
}
