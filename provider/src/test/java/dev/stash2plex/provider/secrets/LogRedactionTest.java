package dev.stash2plex.provider.secrets;

import dev.stash2plex.core.secrets.Redactor;
import dev.stash2plex.core.secrets.SecretsInLogs;
import dev.stash2plex.core.testing.KeyShapes;
import dev.stash2plex.provider.testing.CapturedLogs;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON log encoder masks a registered secret wherever it appears in a line, also in what a
 * library wrote into an exception message and in the stack trace.
 */
class LogRedactionTest {

    private static final Logger LOG = LoggerFactory.getLogger("some.library");

    @Test
    void aSecretInAThirdPartyExceptionIsMaskedInEveryField() {
        KeyShapes.BAD.forEach((shape, key) -> SecretsInLogs.cover(Redactor.secret(key, Redactor.API_KEY)));
        try (CapturedLogs logs = CapturedLogs.capture()) {
            KeyShapes.BAD.forEach((shape, key) -> {
                Exception thrown = new UncheckedIOException(new IOException("invalid header value for ApiKey: \"" + key + "\""));
                LOG.warn("call failed for {}", key, thrown);
                LOG.atInfo().addKeyValue("header", key).addKeyValue("url", "http://s/?apikey=" + KeyShapes.urlEncoded(key))
                        .log("as key-value pairs");
            });

            Assertions.assertThat(logs.lines()).hasSize(2 * KeyShapes.BAD.size())
                    .allSatisfy(line -> Assertions.assertThat(line).contains("<api key>"));
            String all = String.join("\n", logs.lines());
            Assertions.assertThat(all).contains("stack_trace");
            KeyShapes.assertHidden("log lines", all);
        }
    }
}
