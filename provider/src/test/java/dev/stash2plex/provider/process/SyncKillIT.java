package dev.stash2plex.provider.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stash2plex.provider.testing.FakePms;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.Polling;
import dev.stash2plex.provider.testing.ProviderClient;
import dev.stash2plex.provider.testing.StashSchema;
import dev.stash2plex.provider.testing.TestPorts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged provider killed with SIGKILL while the sync's queue is half delivered: after a
 * restart on the same data folder every queued change reaches Plex, and none is sent twice —
 * except, at most, the one refresh that was on the wire at the instant of the kill (Plex took it,
 * the provider could not write that down): a refresh is idempotent, so at-least-once is the choice.
 */
class SyncKillIT {

    private static final Path JAR = Path.of("target", "provider.jar");
    private static final String KEY = "kill-test-stash-key";
    private static final String TOKEN = "kill-test-plex-token";
    private static final String GUID = "tv.plex.agents.custom.stash2plex://movie/";
    private static final int SCENES = 40;
    private static final int EDITED = 20;

    @TempDir
    Path dir;

    private Process start(Map<String, String> env, String run) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString());
        builder.environment().keySet().removeIf(name -> name.startsWith("S2P_"));
        builder.environment().put("S2P_CONFIG_FILE", dir.resolve("provider.yml").toString());
        builder.environment().putAll(env);
        builder.redirectOutput(dir.resolve(run + "-stdout.log").toFile());
        builder.redirectError(dir.resolve(run + "-stderr.log").toFile());
        return builder.start();
    }

    @Test
    void aKilledProviderLosesNoQueuedChangeAndRepeatsAtMostTheOneInFlight() throws Exception {
        try (FakeStash stash = FakeStash.start(StashSchema.load(), KEY); FakePms plex = FakePms.start(TOKEN)) {
            plex.section("1", "Stash", "/media");
            List<FakeScene> scenes = new ArrayList<>();
            for (int i = 1; i <= SCENES; i++) {
                scenes.add(FakeScene.builder(Integer.toString(i)).title("Scene " + i).file("/media/scene-" + i + ".mp4").build());
                plex.item("1", Integer.toString(700 + i), GUID + i, "/media/scene-" + i + ".mp4");
            }
            stash.add(scenes);
            Path tokenFile = Files.writeString(dir.resolve("plex_token"), TOKEN + "\n");
            int port = TestPorts.free();
            Map<String, String> env = new HashMap<>(Map.of("S2P_STASH_URL", stash.baseUrl().toString(), "S2P_STASH_API_KEY", KEY,
                    "S2P_PROVIDER_PORT", Integer.toString(port), "S2P_DATA_DIR", dir.resolve("data").toString(),
                    "S2P_INDEX_REFRESH_SECONDS", "5", "S2P_PLEX_URL", plex.baseUrl().toString(),
                    "S2P_PLEX_TOKEN_FILE", tokenFile.toString(), "S2P_SYNC_RATE_PER_SECOND", "2",
                    "S2P_PLEX_UPLOAD_ARTWORK", "false"));
            ProviderClient provider = new ProviderClient(port);
            List<String> keys = IntStream.rangeClosed(1, EDITED).mapToObj(i -> Integer.toString(700 + i)).toList();

            Process first = start(env, "first");
            try {
                upToDate(provider);
                for (int i = 1; i <= EDITED; i++) {
                    int n = i;
                    stash.edit(Integer.toString(n), scene -> scene.title("Edited " + n));
                }
                // At two a second the twenty take ten seconds: kill once a few have gone.
                Polling.until("a few refreshes delivered", Duration.ofSeconds(30), () -> plex.refreshed().size() >= 4 ? true : null);
            } finally {
                first.destroyForcibly();
                assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(first.exitValue()).as("killed, not stopped").isEqualTo(137);
            List<String> beforeKill = plex.refreshed();
            assertThat(beforeKill.size()).as("the kill came mid-queue").isLessThan(EDITED);

            Process second = start(env, "second");
            try {
                Polling.until("every edited item refreshed after the restart", Duration.ofSeconds(60),
                        Duration.ofMillis(200), () -> plex.refreshed().containsAll(keys) ? true : null, plex::refreshed);
                Polling.until("nothing waits", Duration.ofSeconds(30), () -> {
                    JsonNode sync = provider.get("/health").json().get("sync");
                    return sync.get("waiting").asInt() == 0 && sync.get("state").asText().equals("up_to_date") ? true : null;
                });
            } finally {
                second.destroy();
                second.waitFor(10, TimeUnit.SECONDS);
            }
            List<String> all = plex.refreshed();
            List<String> repeated = keys.stream().filter(key -> Collections.frequency(all, key) > 1).toList();
            assertThat(all).as("only the edited items").containsOnlyElementsOf(keys);
            assertThat(repeated).as("sent twice (before the kill: %s, all: %s)", beforeKill, all).hasSizeLessThanOrEqualTo(1);
            repeated.forEach(key -> assertThat(Collections.frequency(all, key)).isEqualTo(2));
        }
    }

    private static void upToDate(ProviderClient provider) {
        Polling.until("the provider answers with its sync up to date", Duration.ofSeconds(60), () -> {
            JsonNode health = provider.get("/health").json();
            return health.get("index").get("usable").asBoolean() && health.get("sync").get("state").asText().equals("up_to_date")
                    ? true : null;
        });
    }
}
