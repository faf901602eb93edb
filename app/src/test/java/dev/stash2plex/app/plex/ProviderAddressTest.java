package dev.stash2plex.app.plex;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProviderAddressTest {

    private static final LocalInterface LOOPBACK = nic("lo", true, true, "127.0.0.1", "::1");
    private static final LocalInterface ETH = nic("eth0", true, false, "192.168.1.10", "fe80::1");
    private static final LocalInterface WIFI = nic("wlan0", true, false, "10.0.0.7");
    private static final LocalInterface DOCKER = nic("docker0", true, false, "172.17.0.1");
    private static final LocalInterface BRIDGE = nic("br-3f2a1b", true, false, "172.18.0.1");
    private static final LocalInterface VETH = nic("veth12ab", true, false, "172.17.0.5");
    private static final LocalInterface DOWN = nic("eth1", false, false, "192.168.2.10");
    private static final LocalInterface PUBLIC = nic("ppp0", true, false, "203.0.113.5");

    @Test
    void offersEachLanAddressOfAnInterfaceThatIsUpAndNotDockers() {
        List<CandidateUrl> candidates = ProviderAddress.candidates(
                List.of(LOOPBACK, DOCKER, ETH, BRIDGE, VETH, DOWN, PUBLIC, WIFI), "http://nas.local:32400", 9090, Optional.empty());
        assertThat(candidates).containsExactly(
                new CandidateUrl("http://192.168.1.10:9090", CandidateUrl.Source.LAN, "eth0"),
                new CandidateUrl("http://10.0.0.7:9090", CandidateUrl.Source.LAN, "wlan0"));
    }

    @Test
    void putsTheAddressOnPlexsNetworkFirst() {
        List<CandidateUrl> candidates = ProviderAddress.candidates(List.of(ETH, WIFI), "http://10.0.0.20:32400", 9191,
                Optional.empty());
        assertThat(candidates).extracting(CandidateUrl::url).containsExactly("http://10.0.0.7:9191", "http://192.168.1.10:9191");
    }

    @Test
    void addsDockersHostNameWhenPlexRunsOnThisMachine() {
        for (String plex : List.of("http://localhost:32400", "http://127.0.0.1:32400", "http://host.docker.internal:32400",
                "http://192.168.1.10:32400", "http://[::1]:32400")) {
            assertThat(ProviderAddress.candidates(List.of(LOOPBACK, ETH), plex, 9090, Optional.empty()))
                    .as(plex)
                    .containsExactly(new CandidateUrl("http://192.168.1.10:9090", CandidateUrl.Source.LAN, "eth0"),
                            new CandidateUrl("http://host.docker.internal:9090", CandidateUrl.Source.DOCKER_HOST, ""));
        }
        assertThat(ProviderAddress.candidates(List.of(ETH), "http://192.168.1.50:32400", 9090, Optional.empty()))
                .extracting(CandidateUrl::source).containsExactly(CandidateUrl.Source.LAN);
    }

    @Test
    void theUsersOwnAddressComesFirstAndOnlyOnce() {
        List<CandidateUrl> candidates = ProviderAddress.candidates(List.of(ETH), "http://nas.local:32400", 9090,
                Optional.of(" https://stash2plex.home.example/ "));
        assertThat(candidates).extracting(CandidateUrl::url).containsExactly("https://stash2plex.home.example/",
                "http://192.168.1.10:9090");
        assertThat(ProviderAddress.candidates(List.of(ETH), "", 9090, Optional.of("http://192.168.1.10:9090")))
                .containsExactly(new CandidateUrl("http://192.168.1.10:9090", CandidateUrl.Source.OWN, ""));
    }

    @Test
    void theOneAddressToHandOutIsTheUsersThenTheBestLanThenTheHostName() {
        assertThat(ProviderAddress.best(List.of(ETH), "http://nas.local:32400", 9090, Optional.of("http://plex-side:1"), "box"))
                .isEqualTo("http://plex-side:1");
        assertThat(ProviderAddress.best(List.of(LOOPBACK, DOCKER, ETH), "http://nas.local:32400", 9090, Optional.empty(), "box"))
                .isEqualTo(ProviderAddress.candidates(List.of(ETH), "http://nas.local:32400", 9090, Optional.empty()).getFirst().url());
        assertThat(ProviderAddress.best(List.of(LOOPBACK, DOCKER), "http://nas.local:32400", 9090, Optional.empty(), "box"))
                .isEqualTo("http://box:9090");
    }

    @Test
    void neverOffersLocalhostAndMayOfferNothing() {
        assertThat(ProviderAddress.candidates(List.of(LOOPBACK, DOCKER), "http://nas.local:32400", 9090, Optional.empty()))
                .isEmpty();
        assertThat(ProviderAddress.candidates(List.of(), "not a url", 9090, Optional.empty())).isEmpty();
    }

    @Test
    void skipsWhatTheOsFlagsVirtualAndVmBridges() {
        LocalInterface alias = new LocalInterface("eth0:1", true, false, true, ETH.addresses());
        assertThat(ProviderAddress.candidates(List.of(alias, nic("virbr0", true, false, "192.168.122.1"),
                nic("vboxnet0", true, false, "192.168.56.1")), "", 9090, Optional.empty())).isEmpty();
        assertThat(ProviderAddress.isVirtualName("enp3s0")).isFalse();
        assertThat(ProviderAddress.isVirtualName("Docker0")).isTrue();
    }

    private static LocalInterface nic(String name, boolean up, boolean loopback, String... addresses) {
        return new LocalInterface(name, up, loopback, false, Arrays.stream(addresses).map(ProviderAddressTest::address).toList());
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal); // a literal: no lookup happens
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
