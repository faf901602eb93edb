package dev.stash2plex.provider.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.stash2plex.provider.testing.TestPorts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HealthCheckCommandTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private HttpServer server;

    @BeforeEach
    void captureStdout() {
        originalOut = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void healthyWhenHealthAnswers200() throws IOException {
        int port = serveHealth(200);

        assertThat(HealthCheckCommand.check(port)).isTrue();
        assertThat(printed()).isEqualTo("healthy: http://127.0.0.1:" + port + "/health answered HTTP 200");
    }

    @Test
    void unhealthyWhenHealthAnswersAnythingElse() throws IOException {
        int port = serveHealth(503);

        assertThat(HealthCheckCommand.check(port)).isFalse();
        assertThat(printed()).isEqualTo("unhealthy: http://127.0.0.1:" + port + "/health answered HTTP 503");
    }

    @Test
    void unhealthyWhenNothingListens() throws IOException {
        int port = TestPorts.free();

        assertThat(HealthCheckCommand.check(port)).isFalse();
        assertThat(printed()).startsWith("unhealthy: http://127.0.0.1:" + port + "/health did not answer");
    }

    @Test
    void unhealthyWithinTheTimeoutWhenTheAnswerNeverComes() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            long started = System.nanoTime();

            assertThat(HealthCheckCommand.check(silent.getLocalPort())).isFalse();
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(HealthCheckCommand.TIMEOUT_MILLIS * 2L);
        }
        assertThat(printed()).contains("did not answer").contains("timed out");
    }

    @Test
    void portIsReadLikeTheProviderReadsIt() throws IOException {
        Path yaml = Files.createTempFile("provider", ".yml");
        try {
            Map<String, String> env = new HashMap<>(Map.of("S2P_STASH_URL", "http://s:1", "S2P_STASH_API_KEY", "k",
                    "S2P_CONFIG_FILE", yaml.toString()));
            assertThat(HealthCheckCommand.port(env)).hasValue(9090);

            Files.writeString(yaml, "provider_port: 9292\n");
            assertThat(HealthCheckCommand.port(env)).hasValue(9292);

            env.put("S2P_PROVIDER_PORT", " 9191 ");
            assertThat(HealthCheckCommand.port(env)).hasValue(9191);
        } finally {
            Files.delete(yaml);
        }
    }

    @Test
    void aPortInTheEnvironmentIsUsedWithoutReadingProviderYml() throws IOException {
        Path yaml = Files.createTempFile("provider", ".yml");
        try {
            // Not YAML at all: the loader would refuse it, so a port found means the file was not read.
            Files.writeString(yaml, "provider_port: [9292\n");
            Map<String, String> env = Map.of("S2P_CONFIG_FILE", yaml.toString(), "S2P_PROVIDER_PORT", "9191");
            assertThat(HealthCheckCommand.port(env)).hasValue(9191);
            assertThat(printed()).isEmpty();
            assertThat(HealthCheckCommand.port(Map.of("S2P_CONFIG_FILE", yaml.toString()))).isEmpty();
            assertThat(printed()).startsWith("unhealthy: ");
        } finally {
            Files.delete(yaml);
        }
    }

    @Test
    void aConfigurationTheProviderRefusesIsReportedNotThrown() {
        assertThat(HealthCheckCommand.port(Map.of("S2P_STASH_URL", "http://s:1", "S2P_STASH_API_KEY", "k",
                "S2P_CONFIG_FILE", "/nonexistent/provider.yml", "S2P_PROVIDER_PORT", "abc"))).isEmpty();
        assertThat(printed()).isEqualTo("unhealthy: S2P_PROVIDER_PORT must be a whole number from 1 to 65535 (got \"abc\")");
    }

    private int serveHealth(int status) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/health", exchange -> {
            byte[] body = "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server.getAddress().getPort();
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8).strip();
    }
}
