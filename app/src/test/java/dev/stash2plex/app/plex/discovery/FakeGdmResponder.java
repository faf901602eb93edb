package dev.stash2plex.app.plex.discovery;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Plex Media Servers answering GDM, for tests: a UDP socket on 127.0.0.1 that answers each
 * {@code M-SEARCH * HTTP/1.1} datagram with one reply per configured server, in PMS's header form, and
 * ignores anything else. Every datagram it got is recorded.
 */
public final class FakeGdmResponder implements AutoCloseable {

    public record Announced(String name, String resourceIdentifier, String version, int port) {
    }

    private final DatagramSocket socket;
    private final List<Announced> servers;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final Thread thread;

    public FakeGdmResponder(List<Announced> servers) throws SocketException {
        this.servers = List.copyOf(servers);
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        thread = Thread.ofVirtual().start(this::answer);
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
    }

    public List<String> received() {
        return List.copyOf(received);
    }

    private void answer() {
        byte[] buffer = new byte[1024];
        while (!socket.isClosed()) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.US_ASCII);
                received.add(text);
                if (!text.equals("M-SEARCH * HTTP/1.1\r\n\r\n")) {
                    continue;
                }
                // A player on the same network answers too; the discovery must skip it.
                send("HTTP/1.0 200 OK\r\nContent-Type: plex/media-player\r\nName: Phone\r\nPort: 32500\r\n"
                        + "Resource-Identifier: player-1\r\n\r\n", packet);
                for (Announced server : servers) {
                    send("HTTP/1.0 200 OK\r\nContent-Type: plex/media-server\r\nResource-Identifier: " + server.resourceIdentifier()
                            + "\r\nName: " + server.name() + "\r\nPort: " + server.port() + "\r\nUpdated-At: 1764670000\r\nVersion: "
                            + server.version() + "\r\n\r\n", packet);
                }
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void send(String reply, DatagramPacket to) throws IOException {
        byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
        socket.send(new DatagramPacket(bytes, bytes.length, to.getSocketAddress()));
    }

    @Override
    public void close() throws InterruptedException {
        socket.close();
        thread.join();
    }
}
