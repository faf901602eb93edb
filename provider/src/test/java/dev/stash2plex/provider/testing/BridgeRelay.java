package dev.stash2plex.provider.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
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
     */
    public static BridgeRelay onDockerBridge(String gatewayAddress, int targetPort) {
        try {
            return start(InetAddress.getByName(gatewayAddress), targetPort);
        } catch (IOException e) {
            throw new UncheckedIOException("Bad bridge gateway address: " + gatewayAddress, e);
        }
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
            try {
                Socket inbound = server.accept();
                Socket outbound = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(inbound);
                open.add(outbound);
                pump(inbound, outbound);
                pump(outbound, inbound);
            } catch (IOException e) {
                // closed, or the target refused: the client sees its connection end
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
