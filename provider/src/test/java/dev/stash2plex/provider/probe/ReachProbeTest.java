package dev.stash2plex.provider.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.TestPorts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probe as the app's one-off container runs it: the provider's own config reading, one JSON line per target. */
class ReachProbeTest {

    private static final String KEY = "probe-KEY-0123456789";
    private static final String TOKEN = "plex-TOKEN-987654321";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aReachableStashAnswersItsVersion() throws Exception {
        try (FakeStash stash = FakeStash.startWithApiKey(KEY).reportVersion("v0.28.1", "OK")) {
            Run run = run(env(stash.baseUrl().toString(), KEY));

            assertThat(run.exit()).isEqualTo(ReachProbe.OK);
            assertThat(run.lines()).hasSize(1);
            JsonNode line = run.lines().getFirst();
            assertThat(line.path("probe").asText()).isEqualTo("stash");
            assertThat(line.path("ok").asBoolean()).isTrue();
            assertThat(line.path("version").asText()).isEqualTo("v0.28.1");
            assertThat(line.path("ready").asBoolean()).isTrue();
        }
    }

    @Test
    void aWrongKeyIsUnauthorizedAndNeverPrinted() throws Exception {
        try (FakeStash stash = FakeStash.startWithApiKey("the-right-key-42")) {
            Run run = run(env(stash.baseUrl().toString(), KEY));

            assertThat(run.exit()).isEqualTo(ReachProbe.NOT_REACHED);
            assertThat(run.lines().getFirst().path("ok").asBoolean()).isFalse();
            assertThat(run.lines().getFirst().path("kind").asText()).isEqualTo("unauthorized");
            assertThat(run.text()).doesNotContain(KEY);
        }
    }

    @Test
    void nothingListeningIsUnreachable() throws Exception {
        int closed = TestPorts.free();
        Run run = run(env("http://127.0.0.1:" + closed, KEY));

        assertThat(run.exit()).isEqualTo(ReachProbe.NOT_REACHED);
        JsonNode line = run.lines().getFirst();
        assertThat(line.path("probe").asText()).isEqualTo("stash");
        assertThat(line.path("kind").asText()).isEqualTo("unreachable");
        assertThat(line.path("message").asText()).isNotBlank();
        assertThat(run.text()).doesNotContain(KEY);
    }

    @Test
    void aConfigurationWithoutAKeyIsOneConfigLine() throws Exception {
        Map<String, String> env = env("http://127.0.0.1:9999", KEY);
        env.remove("S2P_STASH_API_KEY_FILE");

        Run run = run(env);

        assertThat(run.exit()).isEqualTo(ReachProbe.CONFIG_PROBLEM);
        assertThat(run.lines().getFirst().path("kind").asText()).isEqualTo("config");
        assertThat(run.lines().getFirst().path("message").asText()).contains("S2P_STASH_API_KEY");
    }

    @Test
    void aPlexAddressIsAskedItsIdentityWithTheTokenInAHeaderOnly() throws Exception {
        List<String> tokensSeen = new ArrayList<>();
        HttpServer plex = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        plex.createContext("/identity", exchange -> {
            tokensSeen.add(exchange.getRequestHeaders().getFirst("X-Plex-Token") + " " + exchange.getRequestURI());
            byte[] body = "{\"MediaContainer\":{\"size\":0,\"claimed\":true,\"machineIdentifier\":\"abc\",\"version\":\"1.41.3\"}}"
                    .getBytes(StandardCharsets.UTF_8);
            int status = TOKEN.equals(exchange.getRequestHeaders().getFirst("X-Plex-Token")) ? 200 : 401;
            exchange.sendResponseHeaders(status, status == 200 ? body.length : -1);
            if (status == 200) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        plex.start();
        try (FakeStash stash = FakeStash.startWithApiKey(KEY)) {
            String plexUrl = "http://127.0.0.1:" + plex.getAddress().getPort();
            Map<String, String> env = env(stash.baseUrl().toString(), KEY);
            env.put("S2P_PLEX_URL", plexUrl);
            env.put("S2P_PLEX_TOKEN_FILE", secretFile("plex-token", TOKEN).toString());

            Run run = run(env);

            assertThat(run.exit()).isEqualTo(ReachProbe.OK);
            assertThat(run.lines()).extracting(line -> line.path("probe").asText()).containsExactly("stash", "plex");
            assertThat(run.lines().get(1).path("version").asText()).isEqualTo("1.41.3");
            assertThat(tokensSeen).containsExactly(TOKEN + " /identity");

            Files.writeString(dir.resolve("plex-token"), "another-token-555");
            Run refused = run(env);
            assertThat(refused.exit()).isEqualTo(ReachProbe.NOT_REACHED);
            assertThat(refused.lines().get(1).path("kind").asText()).isEqualTo("unauthorized");
            assertThat(refused.text()).doesNotContain("another-token-555").doesNotContain(KEY);
        } finally {
            plex.stop(0);
        }
    }

    @Test
    void nothingAtThePlexAddressIsUnreachable() throws Exception {
        int closed = TestPorts.free();
        try (FakeStash stash = FakeStash.startWithApiKey(KEY)) {
            Map<String, String> env = env(stash.baseUrl().toString(), KEY);
            env.put("S2P_PLEX_URL", "http://127.0.0.1:" + closed);

            Run run = run(env);

            assertThat(run.exit()).isEqualTo(ReachProbe.NOT_REACHED);
            assertThat(run.lines().get(0).path("ok").asBoolean()).isTrue();
            assertThat(run.lines().get(1).path("probe").asText()).isEqualTo("plex");
            assertThat(run.lines().get(1).path("kind").asText()).isEqualTo("unreachable");
        }
    }

    private Map<String, String> env(String stashUrl, String key) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("S2P_STASH_URL", stashUrl);
        env.put("S2P_STASH_API_KEY_FILE", secretFile("stash-api-key", key).toString());
        env.put("S2P_CONFIG_FILE", dir.resolve("no-provider.yml").toString());
        env.put("S2P_DATA_DIR", dir.resolve("data").toString());
        return env;
    }

    private Path secretFile(String name, String value) throws IOException {
        return Files.writeString(dir.resolve(name), value + "\n");
    }

    private record Run(int exit, String text, List<JsonNode> lines) {
    }

    private static Run run(Map<String, String> env) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = new ReachProbe(env, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        String text = bytes.toString(StandardCharsets.UTF_8);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.lines().toList()) {
            assertThat(line).startsWith(ReachProbe.LINE_PREFIX);
            lines.add(JSON.readTree(line));
        }
        return new Run(exit, text, lines);
    }
}
