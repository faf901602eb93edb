package dev.stash2plex.app.plex.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GDM discovery over real UDP on loopback, against a responder that answers as servers and a player do. */
class GdmDiscoveryIT {

    @Test
    void findsEachServerOnceAndSkipsPlayers() throws Exception {
        try (FakeGdmResponder lan = new FakeGdmResponder(List.of(
                new FakeGdmResponder.Announced("Living Room", "pms-1", "1.43.0.10162-abcdef123", 32400),
                new FakeGdmResponder.Announced("Attic", "pms-2", "1.42.2.10156-f737b826c", 32401)))) {
            List<LanServer> found = new GdmDiscovery(lan.address(), Duration.ofSeconds(1), Clock.systemUTC()).discover();
            assertThat(lan.received()).containsExactly("M-SEARCH * HTTP/1.1\r\n\r\n");
            assertThat(found).containsExactly(
                    new LanServer("Attic", "pms-2", "1.42.2.10156-f737b826c", URI.create("http://127.0.0.1:32401")),
                    new LanServer("Living Room", "pms-1", "1.43.0.10162-abcdef123", URI.create("http://127.0.0.1:32400")));
        }
    }

    @Test
    void nobodyAnsweringIsAnEmptyList() throws Exception {
        try (FakeGdmResponder silent = new FakeGdmResponder(List.of())) {
            assertThat(new GdmDiscovery(silent.address(), Duration.ofMillis(300), Clock.systemUTC()).discover()).isEmpty();
        }
    }

    @Test
    void malformedAnswersAreNotServers() throws Exception {
        InetAddress from = InetAddress.getLoopbackAddress();
        assertThat(GdmDiscovery.parse("HTTP/1.0 404 Not Found\r\nContent-Type: plex/media-server\r\nPort: 1\r\n", from)).isEmpty();
        assertThat(GdmDiscovery.parse("HTTP/1.0 200 OK\r\nContent-Type: plex/media-server\r\nPort: x\r\n", from)).isEmpty();
        assertThat(GdmDiscovery.parse("garbage", from)).isEmpty();
    }
}
