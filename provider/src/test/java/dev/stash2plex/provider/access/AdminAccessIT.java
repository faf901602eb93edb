package dev.stash2plex.provider.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.config.ProviderConfig;
import dev.stash2plex.provider.http.RawHttp;
import dev.stash2plex.provider.testing.CapturedLogs;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.LanAddress;
import dev.stash2plex.provider.testing.StashSchema;
import dev.stash2plex.provider.testing.TestProvider;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code /explain} shows Stash's file paths: it answers a caller on the provider's own machine, or
 * one presenting {@code S2P_ADMIN_TOKEN}; everyone else gets 403 JSON saying how to get access.
 * "Everyone else" is reached over real connections: to one of this machine's LAN addresses, and
 * through a reverse proxy on this machine (loopback, but with {@code X-Forwarded-For}).
 */
class AdminAccessIT {

    private static final String KEY = "admin-access-key";
    private static final String TOKEN = "3c1d5e7f9a0b2c4d6e8f0a1b3c5d7e9f";
    private static final String EXPLAIN = "/explain?filename=one.mp4";
    private static final String PATH_IN_ANSWER = "/stash/media/one.mp4";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void loopbackIsAnsweredAndOtherCallersNeedTheToken() throws Exception {
        try (CapturedLogs logs = CapturedLogs.capture(); FakeStash stash = stash();
                Provider provider = start(stash, TOKEN)) {
            int port = provider.port();

            assertThat(RawHttp.get(port, EXPLAIN, "localhost").text()).contains(PATH_IN_ANSWER);
            assertRefused(RawHttp.get(port, EXPLAIN, "localhost", "X-Forwarded-For: 192.168.1.50"));
            assertRefused(RawHttp.get(port, EXPLAIN, "localhost", "X-Forwarded-For: 192.168.1.50",
                    AdminAccess.HEADER + ": " + TOKEN.substring(1) + "0"));
            assertThat(RawHttp.get(port, EXPLAIN, "localhost", "X-Forwarded-For: 192.168.1.50", AdminAccess.HEADER + ": " + TOKEN)
                    .text()).contains(PATH_IN_ANSWER);
            assertRefused(post(InetAddress.getLoopbackAddress(), port, "//explain/", "Forwarded: for=192.168.1.50"));

            assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains(TOKEN));
        }
    }

    @Test
    void aCallerFromTheLanNeedsTheToken() throws Exception {
        Optional<InetAddress> lan = LanAddress.ofThisMachine();
        assumeTrue(lan.isPresent(), "this machine has no address besides loopback to call the provider from");
        try (FakeStash stash = stash(); Provider provider = start(stash, TOKEN)) {
            String host = lan.get().getHostAddress() + ":" + provider.port();

            assertRefused(RawHttp.sendTo(lan.get(), provider.port(), get(EXPLAIN, host), false));
            assertRefused(post(lan.get(), provider.port(), "/explain", AdminAccess.HEADER + ": wrong-token-of-some-length"));
            assertThat(RawHttp.sendTo(lan.get(), provider.port(), get(EXPLAIN, host, AdminAccess.HEADER + ": " + TOKEN), false)
                    .text()).contains(PATH_IN_ANSWER);
            assertThat(RawHttp.sendTo(lan.get(), provider.port(), get("/library/metadata/1", host), false).status())
                    .as("Plex's own routes stay open").isEqualTo(200);
        }
    }

    @Test
    void withoutATokenConfiguredOnlyLoopbackIsAnswered() throws Exception {
        try (FakeStash stash = stash(); Provider provider = start(stash, "")) {
            assertThat(RawHttp.get(provider.port(), EXPLAIN, "127.0.0.1").status()).isEqualTo(200);
            assertRefused(RawHttp.get(provider.port(), EXPLAIN, "127.0.0.1", "X-Real-IP: 192.168.1.50", AdminAccess.HEADER + ": "));
            assertRefused(RawHttp.get(provider.port(), EXPLAIN, "127.0.0.1", "X-Real-IP: 192.168.1.50",
                    AdminAccess.HEADER + ": anything-at-all-1234"));
        }
    }

    private void assertRefused(RawHttp.Answer answer) throws Exception {
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(json.readTree(answer.body()).path("error").asText()).isEqualTo("admin-only");
        assertThat(json.readTree(answer.body()).path("message").asText()).contains(AdminAccess.HEADER).contains("S2P_ADMIN_TOKEN");
        assertThat(answer.text()).doesNotContain(PATH_IN_ANSWER).doesNotContain(TOKEN);
    }

    private static FakeStash stash() {
        FakeStash stash = FakeStash.start(StashSchema.load(), KEY);
        stash.add(FakeScene.builder("1").title("One").file(PATH_IN_ANSWER));
        return stash;
    }

    private static Provider start(FakeStash stash, String adminToken) {
        ProviderConfig base = TestProvider.config(stash.baseUrl(), KEY, List.of());
        return TestProvider.start(TestProvider.withAccess(base, Optional.empty(), List.of(), adminToken, 0));
    }

    private static byte[] get(String path, String host, String... headerLines) {
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        return request.append("Connection: close\r\n\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static RawHttp.Answer post(InetAddress address, int port, String path, String headerLine) throws Exception {
        String body = "{\"filename\":\"one.mp4\"}";
        String request = "POST " + path + " HTTP/1.1\r\nHost: " + address.getHostAddress() + ":" + port + "\r\n" + headerLine
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body;
        return RawHttp.sendTo(address, port, request.getBytes(StandardCharsets.ISO_8859_1), false);
    }
}
