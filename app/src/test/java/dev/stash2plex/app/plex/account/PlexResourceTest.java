package dev.stash2plex.app.plex.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.settings.Secret;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlexResourceTest {

    @Test
    void addressesAreTriedLocalFirstThenRemoteThenRelay() {
        PlexConnection relay = new PlexConnection(URI.create("https://relay.example.invalid:8443"), false, true);
        PlexConnection remote = new PlexConnection(URI.create("https://203.0.113.7:32400"), false, false);
        PlexConnection local = new PlexConnection(URI.create("http://192.168.1.5:32400"), true, false);
        PlexResource server = new PlexResource("Living Room", "pms-1", "1.43.0", true, new Secret("srv-test"),
                List.of(relay, remote, local));
        assertThat(server.inTryOrder()).containsExactly(local, remote, relay);
    }

    @Test
    void printsWithoutItsToken() {
        PlexResource server = new PlexResource("Living Room", "pms-1", "1.43.0", true, new Secret("srv-test-secret"), List.of());
        assertThat(server.toString()).doesNotContain("srv-test-secret");
        Pin pin = new Pin(1, "code", java.time.Instant.EPOCH, java.util.Optional.of(new Secret("acct-test-secret")));
        assertThat(pin.toString()).doesNotContain("acct-test-secret").doesNotContain("code");
    }
}
