package dev.stash2plex.provider.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stash2plex.core.settings.Setting;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.config.ProviderConfig;
import dev.stash2plex.provider.http.RawHttp;
import dev.stash2plex.provider.testing.FakePerformer;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.FakeStudio;
import dev.stash2plex.provider.testing.LanAddress;
import dev.stash2plex.provider.testing.ManualClock;
import dev.stash2plex.provider.testing.StashSchema;
import dev.stash2plex.provider.testing.TestProvider;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The per-client rate limit over real HTTP, on a clock the test moves, so the outcome is counted,
 * not timed: a burst far above the limit gets 429s, a scan at Plex's pace never does.
 */
class RateLimitIT {

    private static final String KEY = "rate-limit-key";
    private static final int CONCURRENCY = 8;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-01T20:00:00Z"));
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aBurstFarAboveTheLimitGets429sWithRetryAfter() throws Exception {
        try (FakeStash stash = FakeStash.start(StashSchema.load(), KEY); Provider provider = start(stash, 5)) {
            int port = provider.port();

            List<RawHttp.Answer> burst = concurrently(120, i -> RawHttp.get(port, "/", "localhost"));

            assertThat(countByStatus(burst)).as("10 s worth of 5/s, then refusals").isEqualTo(Map.of(200, 50, 429, 70));
            for (RawHttp.Answer refused : burst.stream().filter(a -> a.status() == 429).toList()) {
                assertThat(refused.headers()).containsEntry("retry-after", "1");
                assertThat(refused.contentType()).startsWith("application/json");
                JsonNode body = json.readTree(refused.body());
                assertThat(body.path("error").asText()).isEqualTo("rate-limited");
                assertThat(body.path("message").asText()).contains("S2P_RATE_LIMIT_PER_SECOND");
            }
            assertThat(countByStatus(concurrently(20, i -> RawHttp.get(port, "/health", "localhost"))))
                    .as("/health is exempt: Docker and the desktop app poll it").isEqualTo(Map.of(200, 20));
            Optional<InetAddress> lan = LanAddress.ofThisMachine();
            if (lan.isPresent()) {
                assertThat(RawHttp.sendTo(lan.get(), port, get("/", lan.get().getHostAddress()), false).status())
                        .as("another client has its own bucket").isEqualTo(200);
            }

            clock.advance(Duration.ofSeconds(1));
            assertThat(countByStatus(concurrently(8, i -> RawHttp.get(port, "/", "localhost"))))
                    .as("one second refills five").isEqualTo(Map.of(200, 5, 429, 3));
        }
    }

    /**
     * A scan as Plex makes it, with the limit that ships: per item a match, the metadata and three
     * images (poster, background, studio logo), from eight connections at once — more than the three
     * items Plex works on at a time. It opens with a refresh burst of 100 items in one second, then
     * keeps 15 items a second for 30 s, a pace above what Plex's own work per item allows; the
     * desktop app and Docker poll {@code /health} meanwhile.
     */
    @Test
    void aScanAtPlexsPaceIsNeverLimited() throws Exception {
        int shipped = Integer.parseInt(Setting.RATE_LIMIT_PER_SECOND.defaultValue());
        try (FakeStash stash = FakeStash.start(StashSchema.load(), KEY); Provider provider = start(stash, shipped)) {
            for (int id = 1; id <= 20; id++) {
                stash.add(FakeScene.builder(Integer.toString(id)).title("Scene " + id).studio(FakeStudio.of("7", "S").withImage())
                        .performer(FakePerformer.of("9", "P").withImage()).file("/stash/media/scene-" + id + ".mp4").withCover());
            }
            int port = provider.port();
            List<RawHttp.Answer> answers = new ArrayList<>();
            answers.addAll(scanSecond(port, 100));
            for (int second = 1; second <= 30; second++) {
                clock.advance(Duration.ofSeconds(1));
                answers.addAll(scanSecond(port, 15));
            }

            assertThat(answers).hasSize(5 * (100 + 30 * 15) + 2 * 31);
            assertThat(countByStatus(answers)).as("answers by status").containsOnlyKeys(200);
        }
    }

    /** One simulated second of a scan: {@code items} items, five requests each, and two health probes. */
    private List<RawHttp.Answer> scanSecond(int port, int items) throws Exception {
        List<Callable<RawHttp.Answer>> requests = new ArrayList<>();
        for (int item = 0; item < items; item++) {
            String id = Integer.toString(1 + item % 20);
            requests.add(() -> post(port, "/library/metadata/matches", "{\"type\":1,\"filename\":\"scene-" + id + ".mp4\"}"));
            requests.add(() -> RawHttp.get(port, "/library/metadata/" + id, "192.168.1.10:9090"));
            requests.add(() -> RawHttp.get(port, "/images/scene/" + id + "/0", "192.168.1.10:9090"));
            requests.add(() -> RawHttp.get(port, "/images/scene/" + id + "/1", "192.168.1.10:9090"));
            requests.add(() -> RawHttp.get(port, "/images/studio/7/0", "192.168.1.10:9090"));
        }
        requests.add(() -> RawHttp.get(port, "/health", "127.0.0.1:" + port));
        requests.add(() -> RawHttp.get(port, "/health", "127.0.0.1:" + port));
        return run(requests);
    }

    private Provider start(FakeStash stash, int perSecond) {
        ProviderConfig base = TestProvider.config(stash.baseUrl(), KEY, List.of());
        return TestProvider.start(TestProvider.withAccess(base, Optional.empty(), List.of(), "", perSecond), clock);
    }

    private interface Request {
        RawHttp.Answer send(int index) throws Exception;
    }

    private static List<RawHttp.Answer> concurrently(int count, Request request) throws Exception {
        List<Callable<RawHttp.Answer>> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            requests.add(() -> request.send(index));
        }
        return run(requests);
    }

    private static List<RawHttp.Answer> run(List<Callable<RawHttp.Answer>> requests) throws Exception {
        List<RawHttp.Answer> answers = new ArrayList<>();
        try (ExecutorService connections = Executors.newFixedThreadPool(CONCURRENCY, Thread.ofVirtual().factory())) {
            for (Future<RawHttp.Answer> answer : connections.invokeAll(requests)) {
                answers.add(answer.get());
            }
        }
        return answers;
    }

    private static Map<Integer, Integer> countByStatus(List<RawHttp.Answer> answers) {
        Map<Integer, Integer> counts = new TreeMap<>();
        answers.forEach(answer -> counts.merge(answer.status(), 1, Integer::sum));
        return counts;
    }

    private static RawHttp.Answer post(int port, String path, String body) throws Exception {
        String request = "POST " + path + " HTTP/1.1\r\nHost: 192.168.1.10:9090\r\nContent-Type: application/json\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body;
        return RawHttp.send(port, request.getBytes(StandardCharsets.UTF_8), false);
    }

    private static byte[] get(String path, String host) {
        return ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }
}
