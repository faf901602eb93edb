package dev.stash2plex.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.core.testing.KeyShapes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One rule hides a secret in every shape it can take in a message. */
class RedactorTest {

    private static final String TOKEN = "fake-plex-token-0000";

    @Test
    void theKeyBecomesItsLabelAsIsTrimmedAndUrlEncoded() {
        Redactor rule = Redactor.secret(KeyShapes.KEY, Redactor.API_KEY);

        assertThat(rule.redact("refused " + KeyShapes.KEY + " twice: " + KeyShapes.KEY))
                .isEqualTo("refused <api key> twice: <api key>");
        assertThat(rule.redact("GET /x?k=" + KeyShapes.urlEncoded(KeyShapes.KEY))).isEqualTo("GET /x?k=<api key>");
        assertThat(rule.redact("in lower case " + KeyShapes.urlEncoded(KeyShapes.KEY).toLowerCase()))
                .isEqualTo("in lower case <api key>");
    }

    @Test
    void everyBadShapeIsHiddenWhenItIsTheSecret() {
        KeyShapes.BAD.forEach((shape, key) -> {
            Redactor rule = Redactor.secret(key, Redactor.API_KEY);
            for (String text : List.of(
                    "invalid header value for ApiKey: \"" + key + "\"",
                    "as url " + KeyShapes.urlEncoded(key.strip()),
                    "printed without the invisible part: " + key.replaceAll("[^\\x21-\\x7E]", ""),
                    "printed line by line:\n" + key.replace("\r\n", "\n"))) {
                String redacted = rule.redact(text);
                KeyShapes.assertHidden(shape + " in \"" + text + "\"", redacted);
                assertThat(redacted).as(shape).contains("<api key>");
            }
        });
    }

    @Test
    void credentialParametersAndHeadersAreHiddenEvenForUnknownValues() {
        Redactor none = Redactor.NONE;

        assertThat(none.redact("GET http://stash:9999/graphql?apikey=" + KeyShapes.KEY + "&x=1"))
                .isEqualTo("GET http://stash:9999/graphql?apikey=<redacted>&x=1");
        assertThat(none.redact("http://plex:32400/library?X-Plex-Token=" + TOKEN))
                .isEqualTo("http://plex:32400/library?X-Plex-Token=<redacted>");
        assertThat(none.redact("request headers: ApiKey: " + KeyShapes.KEY + ", Accept: */*"))
                .isEqualTo("request headers: ApiKey: <redacted>, Accept: */*");
        assertThat(none.redact("{\"ApiKey\":\"" + KeyShapes.KEY + "\"}")).isEqualTo("{\"ApiKey\":\"<redacted>\"}");
        assertThat(none.redact("docker inspect: S2P_STASH_API_KEY=" + KeyShapes.KEY + " S2P_PLEX_TOKEN=" + TOKEN))
                .isEqualTo("docker inspect: S2P_STASH_API_KEY=<redacted> S2P_PLEX_TOKEN=<redacted>");
        assertThat(none.redact("a URL must not carry ?apikey= and a key")).isEqualTo("a URL must not carry ?apikey= and a key");
        assertThat(none.redact("Stash refused the configured API key (HTTP 401)"))
                .isEqualTo("Stash refused the configured API key (HTTP 401)");
    }

    @Test
    void aKnownSecretInAParameterKeepsItsLabel() {
        Redactor rule = Redactor.secret(KeyShapes.KEY, Redactor.API_KEY);

        assertThat(rule.redact("/graphql?apikey=" + KeyShapes.urlEncoded(KeyShapes.KEY))).isEqualTo("/graphql?apikey=<api key>");
    }

    @Test
    void rulesCombineAndEachSecretKeepsItsLabel() {
        Redactor rule = Redactor.secret(KeyShapes.KEY, Redactor.API_KEY).and(Redactor.secret(TOKEN, Redactor.PLEX_TOKEN));

        assertThat(rule.redact(KeyShapes.KEY + " / " + TOKEN)).isEqualTo("<api key> / <plex token>");
        assertThat(rule.and(Redactor.NONE)).isSameAs(rule);
    }

    @Test
    void missingAndVeryShortValuesHideNothing() {
        assertThat(Redactor.secret(null, Redactor.API_KEY).redact("a b c")).isEqualTo("a b c");
        assertThat(Redactor.secret("  ", Redactor.API_KEY).redact("a b c")).isEqualTo("a b c");
        assertThat(Redactor.secret("ab", Redactor.API_KEY).redact("abab cab")).isEqualTo("abab cab");
        assertThat(Redactor.NONE.redact(null)).isNull();
    }
}
