package dev.stash2plex.core.stash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.StashSchema;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each way Stash can fail becomes its own typed exception, naming the host and never the key (original §8 item 17). */
class HttpStashClientFailuresTest {

    private static final String KEY = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LWtleQ.SIG";
    private static FakeStash stash;
    private final List<StashException> seen = new ArrayList<>();

    @BeforeAll
    static void startStash() {
        stash = FakeStash.start(StashSchema.load(), KEY);
    }

    @AfterAll
    static void stopStash() {
        if (stash != null) {   // null when the schema is missing and the class was skipped
            stash.close();
        }
    }

    @AfterEach
    void noMessageEverCarriesTheKey() {
        assertThat(seen).allSatisfy(failure -> {
            assertThat(failure.getMessage()).doesNotContain(KEY).contains("127.0.0.1");
            assertThat(failure.toString()).doesNotContain(KEY);
            for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
                assertThat(String.valueOf(cause.getMessage())).doesNotContain(KEY);
            }
        });
        assertThat(stash.invalidQueries()).isEmpty();
        stash.reset();
    }

    @Test
    void aStoppedStashIsUnreachable() {
        stash.down();
        try (HttpStashClient client = client(KEY, Duration.ofSeconds(2))) {
            assertThat(failure(client::version)).isInstanceOf(StashException.Unreachable.class)
                    .hasMessageContaining("cannot connect");
        } finally {
            stash.up();
        }
    }

    @Test
    void aSlowStashIsATimeout() {
        stash.setLatency(Duration.ofSeconds(3));
        try (HttpStashClient client = client(KEY, Duration.ofMillis(300))) {
            long started = System.nanoTime();

            assertThat(failure(() -> client.findScene("1"))).isInstanceOf(StashException.Timeout.class)
                    .hasMessageContaining("did not answer within 300 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
        }
    }

    @Test
    void aWrongKeyIsUnauthorized() {
        try (HttpStashClient client = client("wrong", Duration.ofSeconds(2))) {
            assertThat(failure(client::version)).isInstanceOf(StashException.Unauthorized.class)
                    .hasMessageContaining("refused the configured API key").hasMessageContaining("401");
        }
    }

    @Test
    void noKeyOnAProtectedStashIsUnauthorized() {
        try (HttpStashClient client = client(null, Duration.ofSeconds(2))) {
            assertThat(failure(client::version)).isInstanceOf(StashException.Unauthorized.class)
                    .hasMessageContaining("needs an API key");
        }
    }

    @Test
    void forbiddenIsUnauthorized() {
        stash.answerStatus(403);
        try (HttpStashClient client = client(KEY, Duration.ofSeconds(2))) {
            assertThat(failure(client::version)).isInstanceOf(StashException.Unauthorized.class);
        }
    }

    @Test
    void aRedirectToTheLoginPageIsUnauthorized() {
        stash.answerLoginRedirect();
        try (HttpStashClient client = client(KEY, Duration.ofSeconds(2))) {
            assertThat(failure(client::version)).isInstanceOf(StashException.Unauthorized.class)
                    .hasMessageContaining("302");
        }
    }

    @Test
    void garbageIsABadAnswer() {
        stash.answerGarbage();
        try (HttpStashClient client = client(KEY, Duration.ofSeconds(2))) {
            assertThat(failure(() -> client.findScenesByPath("/a.mp4"))).isInstanceOf(StashException.BadAnswer.class)
                    .hasMessageContaining("not a GraphQL JSON answer");
        }
    }

    @Test
    void aResolverErrorIsARejectedQueryEvenWithData() {
        stash.add(FakeScene.builder("1").file("/data/a.mp4"));
        stash.answerResolverError("invalid sort: bogus");
        try (HttpStashClient client = client(KEY, Duration.ofSeconds(2))) {
            assertThat(failure(() -> client.findScenesByPath("/data/a.mp4")))
                    .isInstanceOf(StashException.QueryRejected.class)
                    .hasMessageContaining("invalid sort: bogus");
        }
    }

    @Test
    void errorMessagesAreJoined() {
        stash.answerRaw(200, "application/json", "{\"errors\":[{\"message\":\"bad query\"},{\"message\":\"worse\"}],\"data\":null}");
        try (HttpStashClient client = client(KEY, Duration.ofSeconds(2))) {
            assertThat(failure(client::version)).isInstanceOf(StashException.QueryRejected.class)
                    .hasMessageEndingWith("bad query; worse");
        }
    }

    @Test
    void aValidationFailureIsARejectedQuery() {
        stash.answerRaw(422, "application/json",
                "{\"errors\":[{\"message\":\"Cannot query field \\\"groups\\\" on type \\\"Scene\\\".\","
                        + "\"extensions\":{\"code\":\"GRAPHQL_VALIDATION_FAILED\"}}],\"data\":null}");
        try (HttpStashClient client = client(KEY, Duration.ofSeconds(2))) {
            assertThat(failure(() -> client.findScene("1"))).isInstanceOf(StashException.QueryRejected.class)
                    .hasMessageContaining("Cannot query field \"groups\"");
        }
    }

    @Test
    void aServerErrorIsABadAnswer() {
        stash.answerStatus(500);
        try (HttpStashClient client = client(KEY, Duration.ofSeconds(2))) {
            assertThat(failure(client::version)).isInstanceOf(StashException.BadAnswer.class).hasMessageContaining("HTTP 500");
        }
    }

    @Test
    void dataNullWithoutErrorsAndAWrongShapeAreBadAnswers() {
        try (HttpStashClient client = client(KEY, Duration.ofSeconds(2))) {
            stash.answerRaw(200, "application/json", "{\"data\":null}");
            assertThat(failure(client::version)).isInstanceOf(StashException.BadAnswer.class).hasMessageContaining("without data");
            stash.answerRaw(200, "application/json", "{\"data\":{\"findScenes\":{\"scenes\":\"many\"}}}");
            assertThat(failure(() -> client.findScenesByPath("/a.mp4"))).isInstanceOf(StashException.BadAnswer.class)
                    .hasMessageContaining("scenes is not a list");
            stash.answerRaw(200, "application/json", "{\"data\":{\"findScene\":{\"title\":\"no id\"}}}");
            assertThat(failure(() -> client.findScene("1"))).isInstanceOf(StashException.BadAnswer.class)
                    .hasMessageContaining("id is missing");
        }
    }

    @Test
    void anErrorEchoingTheKeyIsRedacted() {
        stash.answerRaw(200, "application/json", "{\"errors\":[{\"message\":\"bad key " + KEY + "\"}],\"data\":null}");
        try (HttpStashClient client = client(KEY, Duration.ofSeconds(2))) {
            assertThat(failure(client::version)).hasMessageContaining("bad key <api key>");
        }
    }

    @Test
    void anUnknownHostIsUnreachable() {
        StashConnection nowhere = new StashConnection(URI.create("http://stash.invalid:9999"), KEY,
                Duration.ofSeconds(2), Duration.ofSeconds(5), 2, Duration.ZERO);
        try (HttpStashClient client = new HttpStashClient(nowhere)) {
            StashException failure = catchThrowableOfType(StashException.class, client::version);
            assertThat(failure).isInstanceOf(StashException.Unreachable.class).hasMessageContaining("stash.invalid");
            assertThat(failure.getMessage()).doesNotContain(KEY);
        }
    }

    @Test
    void theConnectionNeverShowsTheKey() {
        StashConnection connection = StashConnection.of(stash.baseUrl(), KEY);

        assertThat(connection.toString()).doesNotContain(KEY).contains("apiKey=<set>");
        assertThatThrownBy(() -> StashConnection.of(URI.create("ftp://x/?apikey=" + KEY), KEY))
                .hasMessageNotContaining(KEY);
        assertThatThrownBy(() -> StashConnection.of(URI.create("http://x/?apikey=" + KEY), KEY))
                .hasMessageNotContaining(KEY);
    }

    private StashException failure(ThrowingCall call) {
        StashException failure = catchThrowableOfType(StashException.class, call::run);
        assertThat(failure).as("a StashException").isNotNull();
        seen.add(failure);
        return failure;
    }

    private static HttpStashClient client(String key, Duration timeout) {
        return new HttpStashClient(new StashConnection(stash.baseUrl(), key, Duration.ofSeconds(2), timeout, 4, Duration.ZERO));
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws Exception;
    }
}
