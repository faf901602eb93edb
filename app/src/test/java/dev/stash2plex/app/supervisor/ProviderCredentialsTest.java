package dev.stash2plex.app.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderCredentialsTest {

    private static final List<String> ENV_FILE = List.of("S2P_STASH_URL=http://nas.local:9999");

    @TempDir
    Path dir;

    @Test
    void theSignedInPlexTokenAndAnAdminTokenMadeOnceAreAddedOwnerOnly() throws Exception {
        ProviderCredentials credentials = new ProviderCredentials(dir.resolve("provider-admin-token"),
                () -> Optional.of("test-only-signed-in"));

        List<String> environment = credentials.addTo(ENV_FILE);

        String admin = credentials.adminToken(ENV_FILE).orElseThrow();
        assertThat(admin).hasSizeGreaterThanOrEqualTo(43);
        assertThat(environment).containsExactly("S2P_STASH_URL=http://nas.local:9999", "S2P_PLEX_TOKEN=test-only-signed-in",
                "S2P_ADMIN_TOKEN=" + admin);
        Path file = dir.resolve("provider-admin-token");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        // Another start of the app finds the same token: the running provider still answers it.
        assertThat(new ProviderCredentials(file, Optional::empty).adminToken(ENV_FILE)).contains(admin);
    }

    @Test
    void whatTheUserPutInTheEnvFileWins() {
        AtomicReference<Optional<String>> signedIn = new AtomicReference<>(Optional.of("test-only-signed-in"));
        ProviderCredentials credentials = new ProviderCredentials(dir.resolve("provider-admin-token"), signedIn::get);
        List<String> own = List.of("S2P_PLEX_TOKEN=test-only-pasted", "S2P_ADMIN_TOKEN=test-only-own-admin");

        assertThat(credentials.addTo(own)).isEqualTo(own);
        assertThat(credentials.adminToken(own)).contains("test-only-own-admin");
        assertThat(dir.resolve("provider-admin-token")).doesNotExist();

        signedIn.set(Optional.empty());
        assertThat(credentials.addTo(ENV_FILE)).noneMatch(entry -> entry.startsWith("S2P_PLEX_TOKEN="));
    }

    @Test
    void noneAddsNothing() {
        assertThat(ProviderCredentials.none().addTo(ENV_FILE)).isEqualTo(ENV_FILE);
        assertThat(ProviderCredentials.none().adminToken(ENV_FILE)).isEmpty();
    }
}
