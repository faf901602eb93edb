package dev.stash2plex.app.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderSecretsTest {

    @TempDir
    Path dir;

    @Test
    void theKeyIsWrittenOwnerOnlyBesideTheDataFolder() throws Exception {
        ContainerSpec spec = spec("S2P_STASH_API_KEY=test-only-stash-key");

        ProviderSecrets.write(spec);

        Path file = dir.resolve("provider-secrets/stash-api-key");
        assertThat(ProviderSecrets.folder(spec)).isEqualTo(dir.resolve("provider-secrets"));
        assertThat(file).hasContent("test-only-stash-key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void aKeyRemovedFromTheEnvFileLeavesNoFileBehind() throws Exception {
        ProviderSecrets.write(spec("S2P_STASH_API_KEY=test-only-stash-key"));

        ProviderSecrets.write(spec("S2P_STASH_URL=http://nas.local:9999"));

        assertThat(dir.resolve("provider-secrets")).isEmptyDirectory();
    }

    @Test
    void thePlexTokenAndTheAdminTokenAreFilesToo() throws Exception {
        ProviderSecrets.write(spec("S2P_PLEX_TOKEN=test-only-plex-token", "S2P_ADMIN_TOKEN=test-only-admin-token"));

        assertThat(dir.resolve("provider-secrets/plex-token")).hasContent("test-only-plex-token");
        assertThat(dir.resolve("provider-secrets/admin-token")).hasContent("test-only-admin-token");
        assertThat(dir.resolve("provider-secrets/stash-api-key")).doesNotExist();

        ProviderSecrets.write(spec("S2P_ADMIN_TOKEN=test-only-admin-token"));

        assertThat(dir.resolve("provider-secrets/plex-token")).doesNotExist();
    }

    private ContainerSpec spec(String... environment) {
        return new ContainerSpec("n", "i", 9090, List.of(environment), dir.resolve("config"), dir.resolve("provider-data"),
                RestartPolicy.NO, Map.of());
    }
}
