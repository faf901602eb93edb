package dev.stash2plex.provider.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A container started without its required settings stops at once with exit code 1 and one log
 * line naming exactly what is missing: what `docker logs` and the desktop app show the user.
 */
class MissingConfigurationIT {

    private static ProviderImages images;
    private static String image;

    @BeforeAll
    static void build() {
        images = ProviderImages.assumeReady();
        image = images.fromPrebuilt().tag();
    }

    @AfterAll
    static void removeImages() {
        if (images != null) {
            images.close();
        }
    }

    @Test
    void missingStashUrlExitsOneNamingTheVariable() {
        assertExitNaming(List.of("S2P_STASH_API_KEY=change-me"),
                "Missing required configuration: S2P_STASH_URL");
    }

    @Test
    void nothingConfiguredNamesBothRequiredVariables() {
        assertExitNaming(List.of(), "Missing required configuration: S2P_STASH_URL, S2P_STASH_API_KEY");
    }

    private static void assertExitNaming(List<String> environment, String expectedLine) {
        try (ProviderContainer container = ProviderContainer.start(images.docker(), image, environment,
                ProviderContainer.HARDENING)) {
            int exitCode = container.awaitExit(Duration.ofSeconds(60));
            String logs = container.logs();
            assertThat(exitCode).as(logs).isEqualTo(1);
            assertThat(logs.lines().map(String::strip)).as(logs).contains(expectedLine);
        }
    }
}
