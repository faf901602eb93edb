package dev.stash2plex.app.settings.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.settings.Secret;
import dev.stash2plex.core.stash.StashException;
import dev.stash2plex.core.stash.StashVersion;
import dev.stash2plex.provider.probe.ReachProbe;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Whatever goes wrong while asking Stash, the answer shown and the log lines never hold the key. */
class ConnectionCheckTest {

    private static final String KEY = "test-only-key.\u200Bnot-a-real-one";

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void captureLogs() {
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
    }

    @AfterEach
    void release() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
    }

    @Test
    void aClientThatQuotesTheKeyItRefusedHasItMaskedInTheAnswerAndTheLog() {
        // What java.net.http really does with a header value holding an invisible character.
        ConnectionCheck check = new ConnectionCheck((url, key) -> {
            HttpRequest.newBuilder(url).header("ApiKey", key.reveal()).build();
            throw new AssertionError("the header was accepted");
        });

        ConnectionResult result = check.check("http://127.0.0.1:9", new Secret(KEY));

        assertThat(result).isInstanceOfSatisfying(ConnectionResult.Unreachable.class, unreachable -> assertThat(unreachable.cause())
                .contains("IllegalArgumentException", Secret.MASK).doesNotContain(KEY).doesNotContain("not-a-real-one"));
        assertThat(logs.list).isNotEmpty().noneMatch(event -> event.getFormattedMessage().contains("not-a-real-one")
                || event.getThrowableProxy() != null);
    }

    @Test
    void withoutTheContainerLegAnAddressOfThisComputerIsTriedOnTheBridgeGatewayAndTheResultSaysSo() {
        List<URI> asked = new ArrayList<>();
        List<Integer> tried = new ArrayList<>();
        List<DockerSideProbe.Outcome> gateway = new ArrayList<>(List.of(
                new DockerSideProbe.Refused(InetAddress.getLoopbackAddress(), "Connection refused"),
                new DockerSideProbe.Refused(InetAddress.getLoopbackAddress(), "Connection refused"),
                new DockerSideProbe.Answers(InetAddress.getLoopbackAddress()),
                new DockerSideProbe.NotChecked()));
        ConnectionCheck check = new ConnectionCheck((url, key) -> {
            asked.add(url);
            return new StashVersion("v0.30.1", "OK");
        }, (stashUrl, key, plexUrl, token) -> new ContainerLeg.NotRun(ContainerLeg.Why.NO_IMAGE, "stash2plex/provider:x"), port -> {
            tried.add(port);
            return gateway.removeFirst();
        });

        assertThat(check.check("http://host.docker.internal:9999/", new Secret("k")))
                .isEqualTo(new ConnectionResult.LoopbackOnly("v0.30.1"));
        assertThat(check.check("https://localhost", new Secret("k"))).isEqualTo(new ConnectionResult.LoopbackOnly("v0.30.1"));
        ConnectionResult bridge = check.check("http://127.0.0.1:9999", new Secret("k"));
        ConnectionResult desktop = check.check("http://localhost:9999", new Secret("k"));
        ConnectionResult lan = check.check("http://192.168.1.20:9999", new Secret("k"));

        assertThat(bridge).isEqualTo(new ConnectionResult.Ok("v0.30.1", true, new ConnectionResult.BridgePort(ContainerLeg.Why.NO_IMAGE)));
        assertThat(text(bridge)).isEqualTo("Connected: Stash v0.30.1. Not asked from the provider\u2019s container (the provider "
                + "image is not built yet: Save builds it); Stash\u2019s port is open on the Docker bridge it would use.");
        assertThat(text(desktop)).isEqualTo("Connected: Stash v0.30.1. Not asked from the provider\u2019s container (the provider "
                + "image is not built yet: Save builds it).");
        assertThat(lan).isEqualTo(new ConnectionResult.Ok("v0.30.1", true, new ConnectionResult.NotTried(ContainerLeg.Why.NO_IMAGE)));
        assertThat(asked).containsExactly(URI.create("http://localhost:9999/"), URI.create("https://localhost"),
                URI.create("http://127.0.0.1:9999"), URI.create("http://localhost:9999"), URI.create("http://192.168.1.20:9999"));
        assertThat(tried).containsExactly(9999, 443, 9999, 9999);
    }

    @Test
    void theContainerLegIsHandedTheAddressesAsTypedAndItsAnswerNamesTheLegThatFailed() {
        List<String> handed = new ArrayList<>();
        List<ContainerLeg.Outcome> answers = new ArrayList<>(List.of(
                new ContainerLeg.Probed("http://host.docker.internal:9999", new ContainerLeg.Reached("v0.30.1", true),
                        Optional.of(new ContainerLeg.PlexReach("http://host.docker.internal:32400", new ContainerLeg.Reached("1.41.3", true)))),
                new ContainerLeg.Probed("http://host.docker.internal:9999",
                        new ContainerLeg.NotReached("unreachable", "Cannot reach Stash at host.docker.internal:9999"),
                        Optional.of(new ContainerLeg.PlexReach("http://host.docker.internal:32400",
                                new ContainerLeg.NotReached("unauthorized", "Plex refused the token (HTTP 401)")))),
                new ContainerLeg.Probed("http://192.168.1.20:9999",
                        new ContainerLeg.NotReached("timeout", "Stash did not answer within 10 s"), Optional.empty()),
                new ContainerLeg.Probed("http://host.docker.internal:9999",
                        new ContainerLeg.NotReached("unreachable", "Connection refused"), Optional.empty())));
        List<DockerSideProbe.Outcome> gateway = new ArrayList<>(List.of(
                new DockerSideProbe.Refused(InetAddress.getLoopbackAddress(), "Connection refused"),
                new DockerSideProbe.Answers(InetAddress.getLoopbackAddress())));
        ConnectionCheck check = new ConnectionCheck((url, key) -> new StashVersion("v0.30.1", "OK"), (stashUrl, key, plexUrl, token) -> {
            handed.add(stashUrl + " " + key.reveal() + " " + plexUrl + " " + token.reveal());
            return answers.removeFirst();
        }, port -> gateway.removeFirst());

        ConnectionResult both = check.check(" http://localhost:9999 ", new Secret("k"), "http://localhost:32400", new Secret("t"));
        ConnectionResult loopback = check.check("http://localhost:9999", new Secret("k"), "http://localhost:32400", new Secret("t"));
        ConnectionResult lan = check.check("http://192.168.1.20:9999", new Secret("k"), "", Secret.NONE);
        ConnectionResult firewall = check.check("http://localhost:9999", new Secret("k"), "", Secret.NONE);

        assertThat(handed).containsExactly("http://localhost:9999 k http://localhost:32400 t",
                "http://localhost:9999 k http://localhost:32400 t", "http://192.168.1.20:9999 k  ", "http://localhost:9999 k  ");
        assertThat(text(both)).isEqualTo("Connected: Stash v0.30.1. The provider\u2019s container reaches it too. "
                + "Plex 1.41.3 answers the provider\u2019s container at http://host.docker.internal:32400.");
        assertThat(loopback).isInstanceOf(ConnectionResult.LoopbackOnly.class);
        assertThat(text(loopback)).isEqualTo("Stash answers this computer but not the provider\u2019s container: it listens on "
                + "127.0.0.1 only. In Stash, Settings \u2192 System \u2192 Network, set Host to 0.0.0.0 (all interfaces), then "
                + "restart Stash. Plex at http://host.docker.internal:32400 answers the provider\u2019s container but refuses the "
                + "Plex token: sign in with Plex again.");
        assertThat(text(lan)).isEqualTo("Stash v0.30.1 answers this computer but not the provider\u2019s container, which asked "
                + "http://192.168.1.20:9999: Stash did not answer within 10 s. Check that this computer\u2019s firewall lets "
                + "Docker\u2019s containers reach that address and port.");
        // The port is open on the bridge, yet the container got no answer: not loopback, something in between.
        assertThat(firewall).isEqualTo(new ConnectionResult.ContainerCannotReach("v0.30.1", "http://host.docker.internal:9999",
                "unreachable", "Connection refused", Optional.empty()));
        assertThat(gateway).isEmpty();
    }

    @Test
    void aFailureFromThisComputerIsNamedAsSuchAndTheContainerIsNotAsked() {
        ConnectionCheck check = new ConnectionCheck((url, key) -> {
            throw new StashException.Unreachable("Cannot reach Stash at 192.0.2.1:9999: Connection refused", null);
        }, (stashUrl, key, plexUrl, token) -> {
            throw new AssertionError("the container is asked only once this computer got an answer");
        }, port -> {
            throw new AssertionError("not tried");
        });

        assertThat(text(check.check("http://192.0.2.1:9999", new Secret("k"))))
                .isEqualTo("Cannot reach Stash from this computer: Cannot reach Stash at 192.0.2.1:9999: Connection refused");
    }

    @Test
    void aStashAnsweringOnlyOnLoopbackIsNamedWhenAskedAtThisComputersNetworkAddress() throws Exception {
        Optional<InetAddress> lan = lanAddress();
        assumeTrue(lan.isPresent(), "this computer has no non-loopback IPv4 address");
        String host = lan.get().getHostAddress();
        List<URI> asked = new ArrayList<>();
        ConnectionCheck check = new ConnectionCheck((url, key) -> {
            asked.add(url);
            if (!url.getHost().equals("127.0.0.1")) {
                throw new StashException.Unreachable("Cannot reach Stash at " + url.getHost() + ":9999: Connection refused", null);
            }
            return new StashVersion("v0.30.1", "OK");
        });

        ConnectionResult result = check.check("http://" + host + ":9999/", new Secret("k"));

        assertThat(result).isEqualTo(new ConnectionResult.OnlyOnLoopback(host));
        assertThat(text(result)).isEqualTo("Stash answers this computer on 127.0.0.1 but not at " + host + ": it listens on "
                + "127.0.0.1 only, so the provider\u2019s container cannot reach it either. In Stash, Settings \u2192 System "
                + "\u2192 Network, set Host to 0.0.0.0 (all interfaces), then restart Stash.");
        assertThat(asked).containsExactly(URI.create("http://" + host + ":9999/"), URI.create("http://127.0.0.1:9999/"));
        // Another machine's address is not retried on this computer's loopback.
        asked.clear();
        assertThat(check.check("http://192.0.2.1:9999", new Secret("k"))).isInstanceOf(ConnectionResult.Unreachable.class);
        assertThat(asked).containsExactly(URI.create("http://192.0.2.1:9999"));
    }

    @Test
    void theProbesEntryPointIsTheProviderJarsReachProbe() {
        assertThat(ProviderImageLeg.ENTRYPOINT.getLast()).isEqualTo(ReachProbe.class.getName());
        assertThat(ProviderImageLeg.ENTRYPOINT).containsSequence("-cp", "/app/provider.jar");
    }

    private static Optional<InetAddress> lanAddress() throws Exception {
        return NetworkInterface.networkInterfaces().filter(nic -> {
            try {
                return nic.isUp() && !nic.isLoopback();
            } catch (java.net.SocketException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(Inet4Address.class::isInstance).findFirst();
    }

    private static String text(ConnectionResult result) {
        return new ConnectionText(UserMessages.forLocale(Locale.ENGLISH)).describe(result);
    }

    @Test
    void theMaskCoversTheKeyAsPastedAndAsTrimmed() {
        Secret pasted = new Secret("  abc-123 \n");

        assertThat(pasted.redact("value \"  abc-123 \n\" and abc-123")).isEqualTo("value \"***\" and ***");
        assertThat(Secret.NONE.redact("nothing to hide")).isEqualTo("nothing to hide");
        assertThat(new Secret("k").redact(null)).isNull();
    }
}
