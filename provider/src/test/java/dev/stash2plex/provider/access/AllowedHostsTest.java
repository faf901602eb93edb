package dev.stash2plex.provider.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AllowedHostsTest {

    private final AllowedHosts hosts = new AllowedHosts(Optional.of(URI.create("http://Stash2Plex.Example.LAN:9090/")),
            HostPattern.parseList("plex-box.home.arpa, *.media.lan:9090"));

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.1:9090", "192.168.1.20:9090", "10.0.0.7", "[::1]", "[::1]:9090",
            "[fd00::5]:9090", "[::ffff:192.168.1.5]:9090", "::1"})
    void everyIpLiteralIsAccepted(String host) {
        assertThat(hosts.accepts(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:9090", "LOCALHOST", "host.docker.internal:9090", "nas.local",
            "NAS.Local.:9090", "a.b.local", "stash2plex.example.lan", "stash2plex.example.lan:80", "plex-box.home.arpa",
            "tv.media.lan", "a.b.media.lan:1234"})
    void builtInPublicAndConfiguredNamesAreAccepted(String host) {
        assertThat(hosts.accepts(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:9090", "local", "media.lan", "evil-local", "nas.local.evil.example",
            "localhost.evil.example", "example.lan", "home.arpa", "x.plex-box.home.arpa", "\u00e9t\u00e9.local", "a_b.local",
            "1.2.3.4.evil.example", "[not-an-address]", ""})
    void otherNamesAreRefused(String host) {
        assertThat(hosts.accepts(host)).isFalse();
    }

    @Test
    void aRequestWithoutHostHasNoNameToRebind() {
        assertThat(hosts.accepts(null)).isTrue();
    }

    @Test
    void withoutPublicUrlOrListOnlyTheBuiltInNamesAreAccepted() {
        AllowedHosts plain = new AllowedHosts(Optional.empty(), List.of());

        assertThat(plain.names()).extracting(HostPattern::toString).containsExactly("localhost", "host.docker.internal", "*.local");
        assertThat(plain.accepts("stash2plex.example.lan")).isFalse();
    }

    @Test
    void aPublicUrlByAddressAddsNoName() {
        AllowedHosts byAddress = new AllowedHosts(Optional.of(URI.create("http://192.168.1.10:9090")), List.of());

        assertThat(byAddress.names()).hasSize(AllowedHosts.BUILT_IN.size());
    }
}
