package dev.stash2plex.provider.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.config.ProviderConfig;
import dev.stash2plex.provider.http.RawHttp;
import dev.stash2plex.provider.testing.FakePerformer;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.FakeStudio;
import dev.stash2plex.provider.testing.StashSchema;
import dev.stash2plex.provider.testing.TestProvider;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The DNS-rebinding defence over real HTTP: the provider answers only Host names it knows (every IP
 * literal, the local names, the public URL's host, {@code S2P_ALLOWED_HOSTS}) and 421 JSON otherwise
 * — before any route runs, so no image URL is ever built from a name it refused.
 */
class HostGuardIT {

    private static final String KEY = "host-guard-key";
    private static final List<String> REFUSED = List.of("evil.example", "evil.example:9090", "EVIL.example.",
            "localhost.evil.example", "nas.local.evil.example", "home.arpa", "192.168.1.20.nip.io:9090");

    private static FakeStash stash;
    private static Provider byHost;
    private static Provider withPublicUrl;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        stash = FakeStash.start(StashSchema.load(), KEY);
        stash.add(FakeScene.builder("1").title("One").studio(FakeStudio.of("2", "S").withImage())
                .performer(FakePerformer.of("3", "P").withImage()).file("/s/one.mp4").withCover());
        ProviderConfig base = TestProvider.config(stash.baseUrl(), KEY, List.of());
        List<HostPattern> allowed = HostPattern.parseList("plex-box.home.arpa, *.media.lan");
        byHost = TestProvider.start(TestProvider.withAccess(base, Optional.empty(), allowed, "", 0));
        withPublicUrl = TestProvider.start(TestProvider.withAccess(base,
                Optional.of(URI.create("http://stash2plex.example.lan:9090")), allowed, "", 0));
    }

    @AfterAll
    static void stop() {
        byHost.close();
        withPublicUrl.close();
        stash.close();
    }

    @Test
    void anUnknownNameGets421JsonNamingTheSetting() throws Exception {
        for (String host : REFUSED) {
            RawHttp.Answer answer = RawHttp.get(byHost.port(), "/library/metadata/1", host);

            assertThat(answer.status()).as(host).isEqualTo(421);
            assertThat(answer.contentType()).as(host).startsWith("application/json");
            JsonNode body = json.readTree(answer.body());
            assertThat(body.path("error").asText()).isEqualTo("misdirected-request");
            assertThat(body.path("message").asText()).as(host)
                    .contains("S2P_ALLOWED_HOSTS").contains("\"" + nameIn(host) + "\"");
        }
    }

    @Test
    void addressesLocalNamesThePublicNameAndAllowedNamesAreAnswered() throws Exception {
        List<String> accepted = List.of("127.0.0.1:" + withPublicUrl.port(), "192.168.1.20:9090", "[::1]:9090", "[fd00::5]",
                "localhost:9090", "host.docker.internal:9090", "nas.local", "NAS.Local:9090", "stash2plex.example.lan:9090",
                "Stash2Plex.Example.Lan", "plex-box.home.arpa:9090", "tv.media.lan");
        for (String host : accepted) {
            RawHttp.Answer answer = RawHttp.get(withPublicUrl.port(), "/library/metadata/1", host);

            assertThat(answer.status()).as(host).isEqualTo(200);
            assertThat(answer.text()).as("image URLs from S2P_PUBLIC_URL").contains("\"http://stash2plex.example.lan:9090/images/scene/1/");
        }
    }

    @Test
    void theNameOfThePublicUrlIsAcceptedOnlyWhenItIsSet() throws Exception {
        assertThat(RawHttp.get(byHost.port(), "/", "stash2plex.example.lan:9090").status()).isEqualTo(421);
        assertThat(RawHttp.get(withPublicUrl.port(), "/", "stash2plex.example.lan:9090").status()).isEqualTo(200);
    }

    @Test
    void noImageUrlIsEverBuiltFromARefusedHost() throws Exception {
        for (String host : REFUSED) {
            List<RawHttp.Answer> answers = List.of(
                    RawHttp.get(byHost.port(), "/library/metadata/1", host),
                    RawHttp.get(byHost.port(), "/library/metadata/1/images", host),
                    RawHttp.get(byHost.port(), "/library/metadata/matches?filename=one.mp4&manual=1", host),
                    post(byHost.port(), "/library/metadata/matches", host, "{\"filename\":\"one.mp4\",\"manual\":1}"),
                    RawHttp.get(byHost.port(), "/images/scene/1/0", host));
            for (RawHttp.Answer answer : answers) {
                assertThat(answer.status()).as(host).isEqualTo(421);
                assertThat(answer.text()).as(host).doesNotContain("/images/").doesNotContain("http://");
            }
        }
        // The same requests by an accepted name do carry image URLs built from it: the check above can see one.
        assertThat(RawHttp.get(byHost.port(), "/library/metadata/1", "nas.local:9090").text())
                .contains("\"http://nas.local:9090/images/scene/1/");
    }

    /** Jetty refuses an HTTP/1.1 request without Host (400); HTTP/1.0 may omit it, and without a name there is nothing to rebind. */
    @Test
    void aMissingHostIsRefusedByHttp11AndAcceptedFromHttp10() throws Exception {
        RawHttp.Answer http11 = RawHttp.send(byHost.port(),
                "GET /library/metadata/1 HTTP/1.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), false);
        RawHttp.Answer http10 = RawHttp.get(byHost.port(), "/library/metadata/1", null);

        assertThat(http11.status()).isEqualTo(400);
        assertThat(http11.contentType()).startsWith("application/json");
        assertThat(http10.status()).isEqualTo(200);
        assertThat(http10.text()).as("image URLs fall back to localhost").contains("\"http://localhost:");
    }

    /** The name as the answer repeats it: lower case, without port or trailing dot. */
    private static String nameIn(String host) {
        return host.replaceFirst(":\\d+$", "").replaceFirst("\\.$", "").toLowerCase(Locale.ROOT);
    }

    private static RawHttp.Answer post(int port, String path, String host, String body) throws Exception {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\nContent-Length: "
                + payload.length + "\r\nConnection: close\r\n\r\n";
        return RawHttp.send(port, (head + body).getBytes(StandardCharsets.UTF_8), false);
    }
}
