package dev.stash2plex.app.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.stash2plex.provider.testing.TestPorts;
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
        assertThat(health).isEqualTo(new ProviderHealth(false, "0.1.0", "v0.30.1", "unauthorized: Stash refused the API key",
                IndexHealth.NOT_REPORTED));
        assertThat(health.reason()).isEqualTo(ProviderStatus.DegradedReason.KEY_REFUSED);
    }

    @Test
    void readsTheIndexBlock() throws Exception {
        ProviderHealth loading = probe.parse("""
                {"status":"ok","version":"0.2.0","stash":{"version":"v0.30.1","last_error":null},
                 "index":{"state":"loading","loaded":4000,"total":10000,"percent":40,"scenes":3950,
                          "started_from":"empty","store":"file","store_bytes":123456,
                          "last_refresh":null,"lag_seconds":null,"warning":null}}""");
        assertThat(loading.index()).isEqualTo(new IndexHealth(IndexHealth.State.LOADING, 4000, 10_000L, 40));

        ProviderHealth counting = probe.parse("""
                {"status":"ok","index":{"state":"loading","loaded":120,"total":null,"percent":null}}""");
        assertThat(counting.index()).isEqualTo(new IndexHealth(IndexHealth.State.LOADING, 120, null, null));

        ProviderHealth ready = probe.parse("""
                {"status":"ok","index":{"state":"ready","loaded":10000,"total":10000,"percent":100,"scenes":10000,
                          "started_from":"disk","store":"file","last_refresh":"2026-12-02T10:00:00Z","lag_seconds":3}}""");
        assertThat(ready.index().state()).isEqualTo(IndexHealth.State.READY);
        assertThat(ready.index().loading()).isFalse();
    }

    @Test
    void aMissingOrStrangeIndexBlockIsNeverAFailure() throws Exception {
        assertThat(probe.parse("{\"status\":\"ok\"}").index()).isEqualTo(IndexHealth.NOT_REPORTED);
        assertThat(probe.parse("{\"status\":\"ok\",\"index\":null}").index()).isEqualTo(IndexHealth.NOT_REPORTED);
        assertThat(probe.parse("{\"status\":\"ok\",\"index\":{\"state\":\"rebuilding\"}}").index().state())
                .isEqualTo(IndexHealth.State.UNKNOWN);
        assertThat(probe.parse("{\"status\":\"ok\",\"index\":{\"state\":\"loading\",\"percent\":140.2}}").index().percent())
                .isEqualTo(100);
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
            assertThat(probe.check(server.getAddress().getPort())).isEqualTo(new ProviderHealth(true, "9.9", "v1", null, IndexHealth.NOT_REPORTED));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aClosedPortOrGarbageIsAProbeFailure() throws IOException {
        int closed = TestPorts.free();
        assertThatThrownBy(() -> probe.check(closed)).isInstanceOf(HealthProbe.ProbeException.class);
        assertThatThrownBy(() -> probe.parse("<html>")).isInstanceOf(HealthProbe.ProbeException.class);
    }

    @Test
    void theSyncBlockIsReadAndAnOlderProviderHasNone() throws Exception {
        ProviderHealth health = probe.parse("""
                {"status":"ok","version":"0.3.0","stash":{"version":"v0.30.1"},
                 "sync":{"state":"failing","reason":"Plex at http://plex:32400 could not be reached","waiting":12,"parked":1,
                         "failing_since":"2026-12-02T13:02:00Z","last_delivered":null,"delivered":4}}""");
        assertThat(health.sync()).isEqualTo(new SyncHealth(SyncHealth.State.FAILING, "Plex at http://plex:32400 could not be reached",
                12, 1, java.time.Instant.parse("2026-12-02T13:02:00Z")));
        assertThat(probe.parse("{\"status\":\"ok\"}").sync()).isEqualTo(SyncHealth.NOT_REPORTED);
        assertThat(probe.parse("{\"status\":\"ok\",\"sync\":{\"state\":\"later\",\"failing_since\":\"soon\"}}").sync())
                .isEqualTo(new SyncHealth(SyncHealth.State.UNKNOWN, null, 0, 0, null));
    }
}
