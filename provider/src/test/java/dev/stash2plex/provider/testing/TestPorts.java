package dev.stash2plex.provider.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** TCP ports for tests of both modules (named apart from docker-java's {@code Ports}, which the Docker tests also use). */
public final class TestPorts {

    private TestPorts() {
    }

    /**
     * A port nothing listens on: free on every interface a moment ago (so a container can publish it
     * too), and closed again, so a connection to it is refused until someone takes it.
     */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}
