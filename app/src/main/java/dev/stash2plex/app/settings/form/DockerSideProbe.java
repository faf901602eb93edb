package dev.stash2plex.app.settings.form;

import java.net.InetAddress;

/**
 * The second leg of "Test connection": can the provider's container open a connection to Stash's port
 * on this computer? It reaches this computer as {@code host.docker.internal}, the engine's host
 * gateway, not as 127.0.0.1, so a Stash listening on loopback only answers the app and not the provider.
 */
@FunctionalInterface
public interface DockerSideProbe {

    /** What the leg found. */
    sealed interface Outcome {
    }

    /** Something accepts connections on the gateway address and port. */
    record Answers(InetAddress gateway) implements Outcome {
    }

    /** Nothing accepts connections there: the container cannot reach Stash this way. */
    record Refused(InetAddress gateway, String cause) implements Outcome {
    }

    /**
     * Not checked: no gateway this computer can try (Docker Desktop, whose {@code host.docker.internal}
     * reaches this computer's loopback anyway, or an engine elsewhere).
     */
    record NotChecked() implements Outcome {
    }

    /** Blocks up to a short timeout: run it off the FX thread. */
    Outcome reach(int port);

    /** For a check that only asks from this computer. */
    static DockerSideProbe none() {
        return port -> new NotChecked();
    }
}
