package dev.stash2plex.app.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HealthProbeTest {

    private final HealthProbe probe = HealthProbe.withDefaultClient();

    @Test
    void readsTheProvidersHealthDocument() throws Exception {
        ProviderHealth health = probe.parse("""
                {"status":"degraded","version":"0.1.0","uptime_seconds":3,"stash_reachable":false,
                 "stash":{"reachable":false,"version":"v0.30.1","status":null,"checked_at":"2026-11-22T04:00:00Z",
                          "last_error":"unauthorized: Stash refused the API key","last_error_at":null},
                 "path_rules":{"loaded":0,"disabled":0,"rules":[]}}""");
        assertThat(health).isEqualTo(new ProviderHealth(false, "0.1.0", "v0.30.1", "unauthorized: Stash refused the API key"));
        assertThat(health.reason()).isEqualTo(ProviderStatus.DegradedReason.KEY_REFUSED);
    }

    @Test
    void asksTheLoopbackPortOverHttp() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/health", exchange -> {
            byte[] body = "{\"status\":\"ok\",\"version\":\"9.9\",\"stash\":{\"version\":\"v1\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            assertThat(probe.check(server.getAddress().getPort())).isEqualTo(new ProviderHealth(true, "9.9", "v1", null));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aClosedPortOrGarbageIsAProbeFailure() throws IOException {
        int closed;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        assertThatThrownBy(() -> probe.check(closed)).isInstanceOf(HealthProbe.ProbeException.class);
        assertThatThrownBy(() -> probe.parse("<html>")).isInstanceOf(HealthProbe.ProbeException.class);
    }
}
