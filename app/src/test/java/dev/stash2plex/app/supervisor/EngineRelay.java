package dev.stash2plex.app.supervisor;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A second Unix socket in front of the machine's Docker socket that a test can cut and restore: to the app
 * it is an engine that stops and starts again, while the real engine (which other tests use) keeps
 * running. Cutting closes the listener and every relayed connection, as a stopping engine does.
 */
final class EngineRelay implements AutoCloseable {

    private final Path socket;
    private final Path relaySocket;
    private final List<SocketChannel> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocketChannel server;

    private EngineRelay(Path socket, Path relaySocket) throws IOException {
        this.socket = socket;
        this.relaySocket = relaySocket;
        restore();
    }

    /** A relay socket in {@code folder} (a Unix socket, so the app treats it as a local engine). */
    static EngineRelay start(Path socket, Path folder) throws IOException {
        return new EngineRelay(socket, folder.resolve("engine-relay.sock"));
    }

    String endpoint() {
        return "unix://" + relaySocket;
    }

    /** The engine "stops": nothing answers on the port any more. */
    void cut() {
        closeQuietly(server);
        open.forEach(EngineRelay::closeQuietly);
        open.clear();
    }

    /** The engine "starts" again, at the same path. */
    void restore() throws IOException {
        java.nio.file.Files.deleteIfExists(relaySocket);
        ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        listener.bind(UnixDomainSocketAddress.of(relaySocket));
        server = listener;
        Thread.ofVirtual().name("engine-relay-accept").start(() -> accept(listener));
    }

    private void accept(ServerSocketChannel listener) {
        while (listener.isOpen()) {
            try {
                SocketChannel client = listener.accept();
                SocketChannel engine = SocketChannel.open(StandardProtocolFamily.UNIX);
                engine.connect(UnixDomainSocketAddress.of(socket));
                open.add(client);
                open.add(engine);
                pump(client, engine);
                pump(engine, client);
            } catch (IOException e) {
                // closed by cut(), or the engine refused: the client sees its connection end
            }
        }
    }

    private void pump(SocketChannel from, SocketChannel to) {
        Thread.ofVirtual().name("engine-relay-pump").start(() -> {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            try {
                while (from.read(buffer) >= 0) {
                    buffer.flip();
                    while (buffer.hasRemaining()) {
                        to.write(buffer);
                    }
                    buffer.clear();
                }
                to.shutdownOutput();
            } catch (IOException e) {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    @Override
    public void close() {
        cut();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception e) {
            // already closed
        }
    }
}
