package dev.stash2plex.provider.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.provider.testing.TestPorts;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The container's Plex check says what the network said in words, never a bare exception name. */
class PlexIdentityTest {

    @Test
    void aConnectionClosedAtOnceIsToldInWords() {
        var refused = new ConnectException();
        refused.initCause(new ClosedChannelException());

        assertThat(PlexIdentity.describe(refused))
                .isEqualTo("the connection was closed before Plex answered: nothing listens there, or a firewall drops it");
    }

    @Test
    void anUnknownHostAndAPlainMessageAreToldAsSuch() {
        var unresolved = new ConnectException();
        unresolved.initCause(new UnresolvedAddressException());

        assertThat(PlexIdentity.describe(unresolved)).isEqualTo("unknown host");
        assertThat(PlexIdentity.describe(new IOException("Connection reset"))).isEqualTo("Connection reset");
        assertThat(PlexIdentity.describe(new IOException())).isEqualTo("the network gave no reason");
    }

    @Test
    void aClosedPortOnThisMachineIsUnreachableWithoutAnExceptionName() {
        URI nothingThere = URI.create("http://127.0.0.1:" + TestPorts.free());

        PlexIdentity.Answer answer = new PlexIdentity(Duration.ofSeconds(3)).ask(nothingThere, null);

        assertThat(answer).isInstanceOfSatisfying(PlexIdentity.Failed.class, failed -> {
            assertThat(failed.kind()).isEqualTo("unreachable");
            assertThat(failed.message()).startsWith("nothing answers at " + nothingThere + "/identity (")
                    .doesNotContain("Exception");
        });
    }
}
