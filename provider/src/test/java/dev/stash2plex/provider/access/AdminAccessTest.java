package dev.stash2plex.provider.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AdminAccessTest {

    private static final String TOKEN = "0123456789abcdef0123";

    private final AdminAccess withToken = new AdminAccess(TOKEN);
    private final AdminAccess withoutToken = new AdminAccess("");

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.10.20.30", "::1", "::ffff:127.0.0.1"})
    void loopbackIsTrustedWithoutToken(String address) {
        assertThat(withoutToken.allows(InetAddress.ofLiteral(address), false, null)).isTrue();
    }

    /** 172.17.0.1 is Docker's bridge gateway: how requests from the host itself reach a container. */
    @ParameterizedTest
    @ValueSource(strings = {"192.168.1.20", "10.0.0.5", "172.17.0.1", "fd00::5", "fe80::1", "::ffff:192.168.1.20", "0.0.0.0"})
    void anyOtherAddressNeedsTheToken(String address) {
        InetAddress caller = InetAddress.ofLiteral(address);

        assertThat(withoutToken.allows(caller, false, null)).isFalse();
        assertThat(withoutToken.allows(caller, false, "")).isFalse();
        assertThat(withToken.allows(caller, false, null)).isFalse();
        assertThat(withToken.allows(caller, false, TOKEN + "x")).isFalse();
        assertThat(withToken.allows(caller, false, TOKEN.substring(1))).isFalse();
        assertThat(withToken.allows(caller, false, TOKEN)).isTrue();
    }

    @Test
    void loopbackThroughAProxyIsTheProxysClientAndNeedsTheToken() {
        InetAddress loopback = InetAddress.ofLiteral("127.0.0.1");

        assertThat(withToken.allows(loopback, true, null)).isFalse();
        assertThat(withToken.allows(loopback, true, TOKEN)).isTrue();
    }

    @Test
    void noTokenConfiguredMeansNoTokenOpensIt() {
        InetAddress remote = InetAddress.ofLiteral("192.168.1.20");

        assertThat(withoutToken.allows(remote, false, "")).isFalse();
        assertThat(new AdminAccess(null).allows(remote, false, "")).isFalse();
    }

    @Test
    void anUnknownCallerIsNotLoopback() {
        assertThat(withToken.allows(null, false, null)).isFalse();
        assertThat(withToken.allows(null, false, TOKEN)).isTrue();
    }
}
