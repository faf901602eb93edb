package dev.stash2plex.app.supervisor;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stash2plex.app.docker.ProviderBundle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a test of the whole app against the machine's real engine needs: the engine's socket, the
 * provider bundle the app builds its image from, and the docker0 bridge its container reaches the
 * fakes on this host through. Missing any, the test is skipped with the reason; under {@code CI=true}
 * that skip fails it instead ({@code MissingResourceFailsOnCi}).
 */
public final class RealEngineSetup {

    /** The machine's Docker engine. */
    public static final Path SOCKET = Path.of("/var/run/docker.sock");

    private RealEngineSetup() {
    }

    /** Skips the test (fails it on CI) unless the engine, the provider bundle and docker0 are all there. */
    public static void assumeReady() {
        assumeTrue(Files.exists(SOCKET), "No Docker engine socket at " + SOCKET + ": start dockerd (see .ci/run)");
        String bundle = System.getProperty(ProviderBundle.PROPERTY);
        assumeTrue(bundle != null && Files.isDirectory(Path.of(bundle)),
                "No provider bundle (" + ProviderBundle.PROPERTY + "): run through ./mvnw verify, which assembles it");
        assumeTrue(docker0(), "No docker0 bridge: containers could not reach the fakes on this host");
    }

    /** {@link #assumeReady()}, then a relay in front of the engine that the test can cut and restore. */
    static EngineRelay relayedEngine() throws IOException {
        assumeReady();
        return EngineRelay.start(SOCKET, Files.createTempDirectory("s2p-relay"));
    }

    private static boolean docker0() {
        try {
            return NetworkInterface.getByName("docker0") != null;
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
    }
}
