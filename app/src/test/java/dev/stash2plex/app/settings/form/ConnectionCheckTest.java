package dev.stash2plex.app.settings.form;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.stash2plex.app.settings.Secret;
import java.net.http.HttpRequest;
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
    void theMaskCoversTheKeyAsPastedAndAsTrimmed() {
        Secret pasted = new Secret("  abc-123 \n");

        assertThat(pasted.redact("value \"  abc-123 \n\" and abc-123")).isEqualTo("value \"***\" and ***");
        assertThat(Secret.NONE.redact("nothing to hide")).isEqualTo("nothing to hide");
        assertThat(new Secret("k").redact(null)).isNull();
    }
}
