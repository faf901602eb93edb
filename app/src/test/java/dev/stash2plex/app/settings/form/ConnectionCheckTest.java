package dev.stash2plex.app.settings.form;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.stash2plex.app.settings.Secret;
import dev.stash2plex.core.stash.StashVersion;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
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
    void anAddressNamingThisComputerIsAskedHereAsLocalhostAndOnTheDockerSideOnItsPort() {
        List<URI> asked = new ArrayList<>();
        List<Integer> tried = new ArrayList<>();
        ConnectionCheck check = new ConnectionCheck((url, key) -> {
            asked.add(url);
            return new StashVersion("v0.30.1", "OK");
        }, port -> {
            tried.add(port);
            return new DockerSideProbe.Refused(InetAddress.getLoopbackAddress(), "Connection refused");
        });

        assertThat(check.check("http://host.docker.internal:9999/", new Secret("k")))
                .isEqualTo(new ConnectionResult.LoopbackOnly("v0.30.1"));
        assertThat(check.check("https://localhost", new Secret("k"))).isEqualTo(new ConnectionResult.LoopbackOnly("v0.30.1"));
        assertThat(check.check("http://192.168.1.20:9999", new Secret("k"))).isEqualTo(new ConnectionResult.Ok("v0.30.1", true));

        assertThat(asked).containsExactly(URI.create("http://localhost:9999/"), URI.create("https://localhost"),
                URI.create("http://192.168.1.20:9999"));
        assertThat(tried).containsExactly(9999, 443);
    }

    @Test
    void theMaskCoversTheKeyAsPastedAndAsTrimmed() {
        Secret pasted = new Secret("  abc-123 \n");

        assertThat(pasted.redact("value \"  abc-123 \n\" and abc-123")).isEqualTo("value \"***\" and ***");
        assertThat(Secret.NONE.redact("nothing to hide")).isEqualTo("nothing to hide");
        assertThat(new Secret("k").redact(null)).isNull();
    }
}
