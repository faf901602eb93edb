package dev.stash2plex.app.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainerEnvironmentTest {

    /** Test data, not a key of any Stash. */
    private static final String KEY = "test-only-stash-key";
    private static final String KEY_FILE = "S2P_STASH_API_KEY_FILE=/run/secrets/stash2plex/stash-api-key";

    @Test
    void theStashKeyIsNamedAsAFileAndNeverPassedAsAValue() {
        List<String> env = ContainerEnvironment.of(spec("S2P_STASH_URL=http://nas.local:9999", "S2P_STASH_API_KEY=" + KEY,
                "S2P_LOG_LEVEL=info"));

        assertThat(env).containsExactly("S2P_STASH_URL=http://nas.local:9999", "S2P_LOG_LEVEL=info",
                "S2P_PROVIDER_PORT=9090", "S2P_DATA_DIR=/data", KEY_FILE);
        assertThat(env).noneMatch(entry -> entry.contains(KEY));
    }

    @Test
    void aKeyFileInTheEnvFileIsReplacedByTheMountedOne() {
        List<String> env = ContainerEnvironment.of(spec("S2P_STASH_API_KEY_FILE=/home/ann/stash-key", "S2P_STASH_API_KEY=" + KEY));

        assertThat(env).containsExactly("S2P_PROVIDER_PORT=9090", "S2P_DATA_DIR=/data", KEY_FILE);
    }

    @Test
    void withoutAKeyNoKeyFileIsNamed() {
        ContainerSpec blank = spec("S2P_STASH_URL=http://nas.local:9999", "S2P_STASH_API_KEY=  ");

        assertThat(ContainerEnvironment.stashApiKey(blank)).isEmpty();
        assertThat(ContainerEnvironment.of(blank)).containsExactly("S2P_STASH_URL=http://nas.local:9999",
                "S2P_PROVIDER_PORT=9090", "S2P_DATA_DIR=/data");
    }

    @Test
    void theKeyIsTheEnvFilesLastOne() {
        assertThat(ContainerEnvironment.stashApiKey(spec("S2P_STASH_API_KEY=first", "S2P_STASH_API_KEY=" + KEY)))
                .contains(KEY);
    }

    @Test
    void aNewKeyChangesTheHashThatNeverHoldsIt() {
        ContainerSpec one = spec("S2P_STASH_API_KEY=" + KEY);
        ContainerSpec other = spec("S2P_STASH_API_KEY=test-only-other-key");

        assertThat(one.configHash()).isNotEqualTo(other.configHash()).isEqualTo(spec("S2P_STASH_API_KEY=" + KEY).configHash())
                .doesNotContain(KEY);
    }

    @Test
    void addressesOfThisComputerReachItThroughTheHostGatewayWithSchemePortAndPathKept() {
        List<String> env = ContainerEnvironment.of(spec("S2P_STASH_URL=http://localhost:9999",
                "S2P_PLEX_URL=https://127.0.0.1:32400/plex/", "S2P_PUBLIC_URL=http://localhost:9090"));

        assertThat(env).containsExactly("S2P_STASH_URL=http://host.docker.internal:9999",
                "S2P_PLEX_URL=https://host.docker.internal:32400/plex/",
                "S2P_PUBLIC_URL=http://localhost:9090",   // Plex's way to the provider, not the provider's way out
                "S2P_PROVIDER_PORT=9090", "S2P_DATA_DIR=/data");
        assertThat(ContainerEnvironment.of(spec("S2P_STASH_URL=http://[::1]:9999/graphql", "S2P_PLEX_URL=http://127.9.8.7")))
                .startsWith("S2P_STASH_URL=http://host.docker.internal:9999/graphql", "S2P_PLEX_URL=http://host.docker.internal");
        assertThat(ContainerEnvironment.of(spec("S2P_STASH_URL=http://192.168.1.20:9999", "S2P_PLEX_URL=http://localhost.lan")))
                .startsWith("S2P_STASH_URL=http://192.168.1.20:9999", "S2P_PLEX_URL=http://localhost.lan");
    }

    @Test
    void theHashFollowsTheAddressTheContainerGets() {
        assertThat(spec("S2P_STASH_URL=http://localhost:9999").configHash())
                .isEqualTo(spec("S2P_STASH_URL=http://host.docker.internal:9999").configHash())
                .isNotEqualTo(spec("S2P_STASH_URL=http://host.docker.internal:9998").configHash());
    }

    private static ContainerSpec spec(String... environment) {
        return new ContainerSpec("n", "i", 9090, List.of(environment), Path.of("/c"), Path.of("/d/provider-data"),
                RestartPolicy.NO, Map.of());
    }
}
