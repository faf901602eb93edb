package dev.stash2plex.provider.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Lets a container reach a server that listens on the host's loopback only (a fake Stash): it
 * listens on the address containers know as {@code host.docker.internal} (the docker0 bridge
 * gateway) and relays every TCP connection to {@code 127.0.0.1:<target port>}. Nothing is
 * exposed beyond the host's bridge. In the test-jar, so the desktop app's Docker tests use it too.
 */
public final class BridgeRelay implements AutoCloseable {

    private final ServerSocket server;
    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    private BridgeRelay(ServerSocket server, int targetPort) {
        this.server = server;
        this.targetPort = targetPort;
        Thread.ofVirtual().name("bridge-relay-accept").start(this::acceptLoop);
    }

    /** Relays from {@code listenAddress} (any free port) to the loopback port. */
    public static BridgeRelay start(InetAddress listenAddress, int targetPort) {
        try {
            ServerSocket server = new ServerSocket();
            server.bind(new InetSocketAddress(listenAddress, 0), 64);
            return new BridgeRelay(server, targetPort);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + listenAddress, e);
        }
    }

    /**
     * Relays from the Docker engine's bridge gateway (what {@code host-gateway} resolves to), given
     * as the engine reports it ({@code docker network inspect bridge}: {@code .IPAM.Config[].Gateway}).
     * A freshly started engine may report no gateway at all; then it is the {@code docker0} bridge's
     * own address, which is what the engine hands containers for {@code host-gateway}.
     */
    public static BridgeRelay onDockerBridge(String reportedGateway, int targetPort) {
        InetAddress gateway;
        try {
            gateway = reportedGateway == null || reportedGateway.isBlank() ? docker0()
                    : InetAddress.getByName(reportedGateway);
        } catch (IOException e) {
            throw new UncheckedIOException("Bad bridge gateway address: " + reportedGateway, e);
        }
        return start(gateway, targetPort);
    }

    /** Relays from the {@code docker0} bridge's address, for a test that reaches the engine without asking it. */
    public static BridgeRelay onDocker0(int targetPort) {
        try {
            return start(docker0(), targetPort);
        } catch (SocketException e) {
            throw new UncheckedIOException("Cannot read the docker0 interface", e);
        }
    }

    private static InetAddress docker0() throws SocketException {
        NetworkInterface bridge = NetworkInterface.getByName("docker0");
        if (bridge == null) {
            throw new IllegalStateException("The engine reports no bridge gateway and there is no docker0 interface: "
                    + "containers could not reach a relay on this host");
        }
        return Collections.list(bridge.getInetAddresses()).stream().filter(Inet4Address.class::isInstance).findFirst()
                .orElseThrow(() -> new IllegalStateException("docker0 has no IPv4 address"));
    }

    /** The address containers use: {@code host.docker.internal:<port>}. */
    public int port() {
        return server.getLocalPort();
    }

    public InetAddress address() {
        return server.getInetAddress();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            Socket inbound;
            try {
                inbound = server.accept();
            } catch (IOException e) {
                continue;   // closed: the loop ends
            }
            try {
                Socket outbound = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(inbound);
                open.add(outbound);
                pump(inbound, outbound);
                pump(outbound, inbound);
            } catch (IOException e) {
                // The target refused (it is down): end the client's connection at once, as a refusal would,
                // instead of leaving it waiting for its timeout.
                closeQuietly(inbound);
            }
        }
    }

    private void pump(Socket from, Socket to) {
        // One direction at a time: end of input half-closes the other side, so a response still
        // flowing the other way is not cut; the sockets are closed with the relay.
        Thread.ofVirtual().name("bridge-relay-pump").start(() -> {
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                in.transferTo(out);
                to.shutdownOutput();
            } catch (IOException e) {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    @Override
    public void close() {
        closeQuietly(server);
        open.forEach(BridgeRelay::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
