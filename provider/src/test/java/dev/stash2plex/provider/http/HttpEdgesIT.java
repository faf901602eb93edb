package dev.stash2plex.provider.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.StashSchema;
import dev.stash2plex.provider.testing.TestProvider;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests at the edges of HTTP that once answered 500 or an empty body that is not JSON. */
class HttpEdgesIT {

    private static FakeStash stash;
    private static Provider provider;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        stash = FakeStash.start(StashSchema.load(), "edges-key");
        provider = TestProvider.start(TestProvider.config(stash.baseUrl(), "edges-key", List.of()));
    }

    @AfterAll
    static void stop() {
        provider.close();
        stash.close();
    }

    /** Javalin decodes the body and the query string in the Content-Type's charset, and threw on an unknown one. */
    @Test
    void anUnknownCharsetIs415Json() throws Exception {
        for (String contentType : List.of("application/json; charset=bogus", "application/json;charset=", "text/plain; charset=x-no-such-set")) {
            JsonNode post = jsonOf(send("POST /library/metadata/matches HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: 22\r\n", "{\"filename\":\"one.mp4\"}"), 415);
            JsonNode get = jsonOf(send("GET /library/metadata/matches?title=One HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                    + contentType + "\r\n", ""), 415);
            JsonNode explain = jsonOf(send("POST /explain HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: 2\r\n", "{}"), 415);

            for (JsonNode body : List.of(post, get, explain)) {
                assertThat(body.path("error").asText()).as(contentType).isEqualTo("unsupported-charset");
                assertThat(body.path("message").asText()).contains("UTF-8");
            }
        }
    }

    /** The HTTP/2 preface on an HTTP/1.1 port: Jetty's 426 had an empty body. */
    @Test
    void theHttp2PrefaceIsAnsweredWithJson() throws Exception {
        RawHttp.Answer answer = RawHttp.send(provider.port(), "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), true);

        JsonNode body = jsonOf(answer, 426);
        assertThat(body.path("message").asText()).contains("HTTP/1.1");
        assertThat(answer.headers()).containsEntry("upgrade", "HTTP/1.1");
    }

    /** Jetty writes error bodies only for GET, POST and HEAD unless told otherwise. */
    @Test
    void anErrorForAnyMethodIsJson() throws Exception {
        jsonOf(send("OPTIONS * HTTP/1.1\r\nHost: localhost\r\n", ""), 404);
        jsonOf(send("PROPFIND /%2e%2e/x HTTP/1.1\r\nHost: localhost\r\n", ""), 400);
    }

    private JsonNode jsonOf(RawHttp.Answer answer, int status) throws Exception {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/json");
        return json.readTree(answer.body());
    }

    private static RawHttp.Answer send(String head, String body) throws Exception {
        byte[] request = (head + "Connection: close\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1);
        return RawHttp.send(provider.port(), request, false);
    }
}
