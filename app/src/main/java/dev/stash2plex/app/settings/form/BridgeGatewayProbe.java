package dev.stash2plex.app.settings.form;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;

/**
 * Tries Stash's port on the {@code docker0} bridge's address, which is what the engine hands containers
 * for {@code host-gateway} on Linux: a connection from this computer to that address lands on the same
 * sockets as one from the container. It shows whether Stash listens there, not whether a firewall
 * between the bridge and this computer lets the container through. Without {@code docker0} (Docker
 * Desktop, rootless engines) there is nothing honest to try here, so it says so.
 */
public final class BridgeGatewayProbe implements DockerSideProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Override
    public Outcome reach(int port) {
        Optional<InetAddress> gateway = docker0();
        if (gateway.isEmpty()) {
            return new NotChecked();
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(gateway.get(), port), (int) TIMEOUT.toMillis());
            return new Answers(gateway.get());
        } catch (IOException e) {
            return new Refused(gateway.get(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static Optional<InetAddress> docker0() {
        try {
            NetworkInterface bridge = NetworkInterface.getByName("docker0");
            // Not isUp(): with no container attached the bridge has no carrier, yet its address is this
            // computer's and answers like any other local address.
            if (bridge == null) {
                return Optional.empty();
            }
            return Collections.list(bridge.getInetAddresses()).stream().filter(Inet4Address.class::isInstance).findFirst();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }
}
