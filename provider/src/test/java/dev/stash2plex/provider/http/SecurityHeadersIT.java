package dev.stash2plex.provider.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.StashSchema;
import dev.stash2plex.provider.testing.TestProvider;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Nothing the provider serves is a web page: every answer — a normal one, a picture, an error from a
 * route, an unknown route, a refusal and Jetty's own errors for malformed HTTP — tells a browser not
 * to sniff, run, embed or refer.
 */
class SecurityHeadersIT {

    private static final Map<String, String> EXPECTED = Map.of(
            "x-content-type-options", "nosniff",
            "content-security-policy", "default-src 'none'; frame-ancestors 'none'",
            "referrer-policy", "no-referrer");

    @Test
    void everyAnswerCarriesTheHeaders() throws Exception {
        try (FakeStash stash = FakeStash.start(StashSchema.load(), "headers-key");
                Provider provider = TestProvider.start(TestProvider.config(stash.baseUrl(), "headers-key", List.of()))) {
            stash.add(FakeScene.builder("1").title("One").file("/s/one.mp4").withCover());
            Map<String, String> requests = new LinkedHashMap<>();
            requests.put("manifest (200)", "GET / HTTP/1.1\r\nHost: localhost\r\n");
            requests.put("image (200)", "GET /images/scene/1/0 HTTP/1.1\r\nHost: localhost\r\n");
            requests.put("unknown scene (404 from a route)", "GET /library/metadata/999 HTTP/1.1\r\nHost: localhost\r\n");
            requests.put("unknown route (404)", "GET /nothing/here HTTP/1.1\r\nHost: localhost\r\n");
            requests.put("unknown host (421)", "GET / HTTP/1.1\r\nHost: evil.example\r\n");
            requests.put("unknown charset (415 from a failure)",
                    "GET /library/metadata/matches?title=x HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain; charset=bogus\r\n");
            requests.put("Jetty: unknown HTTP version (400)", "GET / HTTP/9.9\r\nHost: localhost\r\n");
            requests.put("Jetty: no Host (400)", "GET / HTTP/1.1\r\n");
            requests.put("Jetty: ambiguous path (400)", "GET /%2e%2e/etc HTTP/1.1\r\nHost: localhost\r\n");
            requests.put("Jetty: OPTIONS * (404)", "OPTIONS * HTTP/1.1\r\nHost: localhost\r\n");
            for (Map.Entry<String, String> request : requests.entrySet()) {
                byte[] bytes = (request.getValue() + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
                RawHttp.Answer answer = RawHttp.send(provider.port(), bytes, false);

                assertThat(answer.status()).as(request.getKey()).isPositive();
                assertThat(answer.headers()).as(request.getKey()).containsAllEntriesOf(EXPECTED);
            }
        }
    }
}
