package dev.stash2plex.provider.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stash2plex.core.testing.KeyShapes;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.Polling;
import dev.stash2plex.provider.testing.ProviderClient;
import dev.stash2plex.provider.testing.StashSchema;
import dev.stash2plex.provider.testing.TestPorts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged provider.jar run as its own process, the way the container runs it. */
class ProviderProcessIT {

    private static final Path JAR = Path.of("target", "provider.jar");

    @TempDir
    Path dir;

    private Process start(Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString());
        builder.environment().keySet().removeIf(name -> name.startsWith("S2P_"));
        builder.environment().put("S2P_CONFIG_FILE", dir.resolve("provider.yml").toString());
        builder.environment().putAll(env);
        builder.redirectOutput(dir.resolve("stdout.log").toFile());
        builder.redirectError(dir.resolve("stderr.log").toFile());
        return builder.start();
    }

    private String stderr() throws IOException {
        return Files.readString(dir.resolve("stderr.log"), StandardCharsets.UTF_8);
    }

    @Test
    void missingRequiredSettingsExitWithCode1AndOneLine() throws Exception {
        Process process = start(Map.of());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(stderr()).isEqualTo("Missing required configuration: S2P_STASH_URL, S2P_STASH_API_KEY" + System.lineSeparator());

        Process onlyUrl = start(Map.of("S2P_STASH_URL", "http://127.0.0.1:9"));
        assertThat(onlyUrl.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(onlyUrl.exitValue()).isEqualTo(1);
        assertThat(stderr()).isEqualTo("Missing required configuration: S2P_STASH_API_KEY" + System.lineSeparator());
    }

    @Test
    void aBrokenPathRuleStopsTheProviderNamingTheRule() throws Exception {
        Files.writeString(dir.resolve("provider.yml"), """
                stash_url: http://127.0.0.1:9
                stash_api_key: k
                path_rules:
                  - name: nas
                    plex_pattern: '^/p/(.*'
                    stash_pattern: '/s/\\1'
                """);
        Process process = start(Map.of());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(stderr()).startsWith("Invalid path rules").contains("Path rule 1 \"nas\": plex_pattern is not a valid regex");
    }

    @Test
    void sigtermLetsAnInFlightRequestFinishThenExits() throws Exception {
        try (FakeStash stash = FakeStash.start(StashSchema.load(), "k")) {
            stash.add(FakeScene.builder("42").title("Slow").file("/s/slow.mp4"));
            int port = TestPorts.free();
            // No scene index: the metadata request must be a Stash call that the latency keeps in flight.
            Process process = start(Map.of("S2P_STASH_URL", stash.baseUrl().toString(), "S2P_STASH_API_KEY", "k",
                    "S2P_PROVIDER_PORT", Integer.toString(port), "S2P_INDEX_REFRESH_SECONDS", "0"));
            try {
                ProviderClient plex = new ProviderClient(port);
                awaitHealth(plex);
                stash.setLatency(Duration.ofSeconds(3));
                CompletableFuture<ProviderClient.Answer> inFlight = CompletableFuture.supplyAsync(() -> plex.get("/library/metadata/42"));
                Polling.until("the metadata request waiting at Stash", Duration.ofSeconds(10),
                        () -> stash.graphqlRequests().stream().anyMatch(r -> "FindScene".equals(r.operationName())) ? true : null);
                Instant sigterm = Instant.now();
                process.destroy();

                ProviderClient.Answer answer = inFlight.get(15, TimeUnit.SECONDS);
                assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("exited within 10 s of SIGTERM").isTrue();
                assertThat(Duration.between(sigterm, Instant.now())).isLessThan(Duration.ofSeconds(10));
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.json().at("/MediaContainer/Metadata/0/title").asText()).isEqualTo("Slow");
                assertThat(Files.readString(dir.resolve("stdout.log"))).contains("Stash2Plex provider shutting down");
            } finally {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void aKeyThatCannotBeUsedStopsTheProviderNamingTheProblemNeverTheKey() throws Exception {
        Path keyFile = Files.write(dir.resolve("stash_api_key"), ("\uFEFF" + KeyShapes.KEY + "\n").getBytes(StandardCharsets.UTF_8));
        record Case(Map<String, String> env, String yaml, String expected) {
        }
        for (Case bad : List.of(
                // A UTF-8 locale, as a zero-width space reaches Java as three U+FFFD in the POSIX one (still refused).
                new Case(Map.of("LANG", "C.UTF-8", "S2P_STASH_URL", "http://127.0.0.1:9",
                        "S2P_STASH_API_KEY", KeyShapes.BAD.get("zero-width space")), "",
                        "S2P_STASH_API_KEY contains an invisible or non-ASCII character at position 14 (U+200B ZERO WIDTH SPACE)"),
                new Case(Map.of("S2P_STASH_URL", "http://127.0.0.1:9/?apikey=" + KeyShapes.KEY,
                        "S2P_STASH_API_KEY", KeyShapes.KEY), "", "S2P_STASH_URL must not carry a query"),
                new Case(Map.of(), "stash_url: http://127.0.0.1:9\nstash_api_key: \"" + KeyShapes.KEY + "\n",
                        "Malformed YAML in " + dir.resolve("provider.yml") + " at line 2"),
                new Case(Map.of("S2P_STASH_URL", "http://127.0.0.1:9", "S2P_STASH_API_KEY_FILE", keyFile.toString()), "",
                        "the file " + keyFile + " (S2P_STASH_API_KEY_FILE) contains an invisible or non-ASCII character at"
                                + " position 1 (U+FEFF ZERO WIDTH NO-BREAK SPACE)"))) {
            Files.writeString(dir.resolve("provider.yml"), bad.yaml());
            Process process = start(bad.env());
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(1);
            String stderr = stderr();
            assertThat(stderr).startsWith(bad.expected()).endsWith(System.lineSeparator()).hasLineCount(1);
            KeyShapes.assertHidden("the exit message", stderr + Files.readString(dir.resolve("stdout.log")));
        }
    }

    @Test
    void theConfiguredPortIsHonoured() throws Exception {
        int port = TestPorts.free();
        Process process = start(Map.of("S2P_STASH_URL", "http://127.0.0.1:9", "S2P_STASH_API_KEY", "k",
                "S2P_PROVIDER_PORT", Integer.toString(port)));
        try {
            JsonNode health = awaitHealth(new ProviderClient(port));
            assertThat(health.get("status").asText()).isEqualTo("degraded");
            assertThat(Files.readString(dir.resolve("stdout.log"))).contains("\"port\":" + port).doesNotContain("\"k\"");
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static JsonNode awaitHealth(ProviderClient plex) {
        return Polling.until("the provider answers /health", Duration.ofSeconds(30), () -> plex.get("/health").json());
    }
}
