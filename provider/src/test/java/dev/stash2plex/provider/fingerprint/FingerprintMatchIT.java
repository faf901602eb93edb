package dev.stash2plex.provider.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.testing.FakeFile;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.Polling;
import dev.stash2plex.provider.testing.ProviderClient;
import dev.stash2plex.provider.testing.StashSchema;
import dev.stash2plex.provider.testing.TestProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fingerprint step end to end: a real file under a media root, hashed by the provider, found
 * among Stash's fingerprints through the index — with no path rule and a name Stash never saw.
 */
class FingerprintMatchIT {

    private static final String KEY = "fingerprint-test-key";
    /** Computed independently with Python for a 200,000-byte file of bytes ((i * 2654435761) >> 13) & 0xff (see OsHashTest). */
    private static final String KNOWN_OSHASH = "5f00a23fdf830e00";

    @TempDir
    Path media;
    @TempDir
    Path data;

    private FakeStash stash;
    private Provider provider;

    @BeforeEach
    void start() throws Exception {
        stash = FakeStash.start(StashSchema.load(), KEY);
        Files.createDirectories(media.resolve("Renamed"));
        byte[] bytes = new byte[200_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (((i * 2654435761L) >>> 13) & 0xff);
        }
        Files.write(media.resolve("Renamed/what plex calls it.mp4"), bytes);
        assertThat(OsHash.of(media.resolve("Renamed/what plex calls it.mp4"))).contains(KNOWN_OSHASH);

        stash.add(FakeScene.builder("31").title("The fingerprinted scene")
                        .file(new FakeFile("/stash/library/original-name.mp4", 200_000, 60, KNOWN_OSHASH)).build(),
                FakeScene.builder("32").title("Another").file(new FakeFile("/stash/library/other.mp4", 200_000, 60,
                        "0123456789abcdef")).build());
        provider = TestProvider.start(TestProvider.indexed(stash.baseUrl(), KEY, List.of(), data, Duration.ofSeconds(30),
                Duration.ofMinutes(10), List.of(new MediaRoot("/plex/videos", media))));
    }

    @AfterEach
    void stop() {
        if (provider != null) {
            provider.close();
        }
        if (stash != null) {
            assertThat(stash.invalidQueries()).isEmpty();
            stash.close();
        }
    }

    @Test
    void aRenamedFileIsMatchedByItsBytesWithNoPathRule() {
        ProviderClient plex = new ProviderClient(provider.port());
        Polling.until("the index is usable", Duration.ofSeconds(30),
                () -> plex.get("/health").json().get("index").get("usable").asBoolean() ? true : null);
        String request = "{\"type\":1,\"filename\":\"/plex/videos/Renamed/what plex calls it.mp4\"}";

        JsonNode matched = plex.match(request).json().get("MediaContainer").get("Metadata");
        assertThat(matched).hasSize(1);
        assertThat(matched.get(0).get("ratingKey").asText()).isEqualTo("31");

        JsonNode steps = plex.post("/explain", request).json().at("/automatic/steps");
        JsonNode fingerprint = steps.get(steps.size() - 1);
        assertThat(fingerprint.get("name").asText()).isEqualTo("fingerprint");
        assertThat(fingerprint.get("outcome").asText()).isEqualTo("matched");
        assertThat(fingerprint.get("detail").asText()).contains(KNOWN_OSHASH);
        assertThat(steps.findValuesAsText("name")).containsExactly("index", "guid", "path", "fingerprint");
    }

    @Test
    void aFileOutsideTheMediaRootsIsNeverRead() {
        ProviderClient plex = new ProviderClient(provider.port());
        JsonNode steps = plex.post("/explain", "{\"type\":1,\"filename\":\"/etc/passwd\"}").json().at("/automatic/steps");
        JsonNode fingerprint = steps.findParents("name").stream()
                .filter(step -> step.get("name").asText().equals("fingerprint")).findFirst().orElseThrow();
        assertThat(fingerprint.get("outcome").asText()).isEqualTo("skipped");
        assertThat(fingerprint.get("detail").asText()).contains("not readable under S2P_MEDIA_ROOTS");
    }
}
