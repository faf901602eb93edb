package dev.stash2plex.app.supervisor;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP endpoint in front of the machine's Docker socket that a test can cut and restore: to the app
 * it is an engine that stops and starts again, while the real engine (which other tests use) keeps
 * running. Cutting closes the listener and every relayed connection, as a stopping engine does.
 */
final class EngineRelay implements AutoCloseable {

    private final Path socket;
    private final int port;
    private final List<SocketChannel> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocketChannel server;

    private EngineRelay(Path socket, int port) throws IOException {
        this.socket = socket;
        this.port = port;
        restore();
    }

    static EngineRelay start(Path socket) throws IOException {
        int free;
        try (ServerSocketChannel probe = ServerSocketChannel.open()) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            free = ((InetSocketAddress) probe.getLocalAddress()).getPort();
        }
        return new EngineRelay(socket, free);
    }

    String endpoint() {
        return "tcp://127.0.0.1:" + port;
    }

    /** The engine "stops": nothing answers on the port any more. */
    void cut() {
        closeQuietly(server);
        open.forEach(EngineRelay::closeQuietly);
        open.clear();
    }

    /** The engine "starts" again, on the same port. */
    void restore() throws IOException {
        ServerSocketChannel listener = ServerSocketChannel.open();
        listener.setOption(java.net.StandardSocketOptions.SO_REUSEADDR, true);
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
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
