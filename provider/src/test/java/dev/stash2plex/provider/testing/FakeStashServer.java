package dev.stash2plex.provider.testing;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The listening socket of {@link FakeStash}: 127.0.0.1 (or every interface, as a Stash set to host
 * 0.0.0.0 does) on a free port that stays the same when the server is really stopped and started
 * again, so "Stash went down and came back" can be tested.
 */
final class FakeStashServer implements AutoCloseable {

    /** Virtual threads: injected latency must not make requests queue behind each other in the fake. */
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpHandler handler;
    private final InetAddress address;
    private final int port;
    private HttpServer server;

    /** {@code address} is the loopback address, or the wildcard address for every interface. */
    FakeStashServer(HttpHandler handler, InetAddress address) {
        this.handler = handler;
        this.address = address;
        this.server = listen(0);
        this.port = server.getAddress().getPort();
    }

    int port() {
        return port;
    }

    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    synchronized void start() {
        if (server == null) {
            server = listen(port);
        }
    }

    synchronized boolean isUp() {
        return server != null;
    }

    @Override
    public synchronized void close() {
        stop();
        executor.shutdownNow();
    }

    private HttpServer listen(int wantedPort) {
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress(address, wantedPort), 64);
            created.createContext("/", handler);
            created.setExecutor(executor);
            created.start();
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("FakeStash cannot listen on " + address.getHostAddress() + ":" + wantedPort, e);
        }
    }
}
