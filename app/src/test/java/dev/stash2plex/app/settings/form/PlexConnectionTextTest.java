package dev.stash2plex.app.settings.form;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.messages.UserMessages;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Test connection"'s Plex sentence names the leg that failed (this computer, the container), why, and what to do. */
class PlexConnectionTextTest {

    private static final String TYPED = "http://localhost:32400";
    private static final String CONTAINER = "http://host.docker.internal:32400";

    private final ConnectionText text = new ConnectionText(UserMessages.forLocale(Locale.ENGLISH));
    private final ConnectionResult stashOk = new ConnectionResult.Ok("v0.30.1", true, new ConnectionResult.InContainer(Optional.empty()));

    @Test
    void bothLegsAnswering() {
        assertThat(say(new PlexHere.Answered("abc", "1.43.1"), container(new ContainerLeg.Reached("1.43.1", true))))
                .isEqualTo("Connected: Stash v0.30.1. The provider\u2019s container reaches it too. Plex 1.43.1 answers at "
                        + TYPED + ", from this computer and from the provider\u2019s container.");
    }

    @Test
    void thisComputerOnlyNamesTheContainerAndTheFirewall() {
        assertThat(say(new PlexHere.Answered("abc", "1.43.1"), container(new ContainerLeg.NotReached("unreachable",
                "nothing answers at " + CONTAINER + "/identity (Connection refused)"))))
                .endsWith("Plex 1.43.1 answers this computer at " + TYPED + ", but not the provider\u2019s container, which asked "
                        + CONTAINER + ": nothing answers at " + CONTAINER + "/identity (Connection refused). Check that no firewall "
                        + "on this computer blocks Plex\u2019s port to Docker\u2019s network.");
    }

    @Test
    void theContainerOnlyNamesThisComputerAndWhatNeedsIt() {
        assertThat(say(new PlexHere.Failed(PlexHere.Why.TIMEOUT, "no answer within 3 s"),
                container(new ContainerLeg.Reached("1.43.1", true))))
                .endsWith("Plex 1.43.1 answers the provider\u2019s container at " + CONTAINER + ", but this computer cannot reach it at "
                        + TYPED + ": no answer within 3 s. Check the address, and that no firewall drops the connection. The provider "
                        + "only needs the container\u2019s side; the Plex window, which registers Stash2Plex from this computer, "
                        + "needs this one too.");
    }

    @Test
    void eachReasonFromThisComputerHasItsAction() {
        assertThat(say(new PlexHere.Failed(PlexHere.Why.REFUSED, "connection refused"), Optional.empty()))
                .endsWith("This computer cannot reach Plex at " + TYPED + ": nothing listens there (connection refused). Check that "
                        + "Plex Media Server is running, and the port (Plex\u2019s is 32400).");
        assertThat(text.describe(stashOk, Optional.of(new PlexHere.Failed(PlexHere.Why.UNKNOWN_HOST, "unknown host name")),
                "http://plex.lan:32400")).endsWith("This computer cannot reach Plex at http://plex.lan:32400: this computer does "
                        + "not know the name plex.lan. Check its spelling, or enter the server\u2019s IP address.");
        assertThat(say(new PlexHere.Failed(PlexHere.Why.NOT_PLEX, "GET /identity answered HTTP 404"), Optional.empty()))
                .endsWith("This computer cannot reach Plex at " + TYPED + ": something answers there, but not a Plex Media Server. "
                        + "Check the port (Plex\u2019s is 32400).");
    }

    @Test
    void bothLegsFailingSayBoth() {
        assertThat(say(new PlexHere.Failed(PlexHere.Why.REFUSED, "connection refused"),
                container(new ContainerLeg.NotReached("unreachable", "nothing answers at " + CONTAINER + "/identity"))))
                .contains("This computer cannot reach Plex at " + TYPED + ": nothing listens there")
                .endsWith("The provider\u2019s container cannot reach Plex at " + CONTAINER + ": nothing answers at " + CONTAINER
                        + "/identity");
    }

    @Test
    void aPlexLegThatFailedMakesTheAnswerAProblemAndNoPlexLegLeavesItGood() {
        assertThat(ConnectionText.good(stashOk, Optional.empty())).isTrue();
        assertThat(ConnectionText.good(stashOk, Optional.of(new PlexHere.Answered("abc", "1.43.1")))).isTrue();
        assertThat(ConnectionText.good(stashOk, Optional.of(new PlexHere.Failed(PlexHere.Why.REFUSED, "connection refused")))).isFalse();
    }

    private String say(PlexHere.Outcome here, Optional<ContainerLeg.PlexReach> container) {
        ConnectionResult result = new ConnectionResult.Ok("v0.30.1", true, new ConnectionResult.InContainer(container));
        return text.describe(result, Optional.of(here), TYPED);
    }

    private static Optional<ContainerLeg.PlexReach> container(ContainerLeg.Reach reach) {
        return Optional.of(new ContainerLeg.PlexReach(CONTAINER, reach));
    }
}
