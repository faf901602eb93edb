package dev.stash2plex.app.tray;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.tray.ProviderUrl.Interface;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderUrlTest {

    private static InetAddress ip(String text) throws UnknownHostException {
        return InetAddress.getByName(text);
    }

    @Test
    void skipsLoopbackDockerBridgesDownInterfacesAndPublicOrV6Addresses() throws Exception {
        List<Interface> interfaces = List.of(
                new Interface("lo", true, true, false, List.of(ip("127.0.0.1"))),
                new Interface("docker0", true, false, false, List.of(ip("172.17.0.1"))),
                new Interface("br-1a2b3c", true, false, false, List.of(ip("172.18.0.1"))),
                new Interface("veth12", true, false, false, List.of(ip("169.254.1.1"))),
                new Interface("eth1", false, false, false, List.of(ip("10.0.0.9"))),
                new Interface("eth0", true, false, false, List.of(ip("fe80::1"), ip("203.0.113.5"), ip("192.168.1.20"))));
        assertThat(ProviderUrl.lanAddress(interfaces)).contains("192.168.1.20");
    }

    @Test
    void nothingSuitableMeansNoAddress() throws Exception {
        assertThat(ProviderUrl.lanAddress(List.of(new Interface("docker0", true, false, false, List.of(ip("172.17.0.1"))))))
                .isEmpty();
    }

    @Test
    void thisMachinesUrlHasThePort() {
        assertThat(ProviderUrl.forThisMachine(9191)).startsWith("http://").endsWith(":9191");
    }
}
