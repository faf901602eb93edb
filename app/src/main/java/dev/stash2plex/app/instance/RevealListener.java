package dev.stash2plex.app.instance;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running instance's side: holds the lock for the life of the app and answers later launches on
 * a virtual thread. {@link #close()} at shutdown removes the socket file and releases the lock.
 */
public final class RevealListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RevealListener.class);
    private static final Duration CLIENT_LIMIT = Duration.ofSeconds(2);

    private final FileLock lock;
    private final ServerSocketChannel server;

    /**
     * {@code server} is null when the socket could not be bound: still the one instance, just deaf;
     * {@code lock} is null too when no lock could be taken at all.
     */
    RevealListener(FileLock lock, ServerSocketChannel server) {
        this.lock = lock;
        this.server = server;
    }

    /**
     * Starts answering. {@code onReveal} runs on the listener's thread, once per request: hand it to
     * the FX thread there. Returns at once.
     */
    public void start(Runnable onReveal) {
        if (server == null) {
            return;
        }
        Thread.ofVirtual().name("s2p-instance").start(() -> acceptLoop(onReveal));
    }

    private void acceptLoop(Runnable onReveal) {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                answer(client, onReveal);
            } catch (AsynchronousCloseException e) {
                return; // close() at shutdown
            } catch (IOException | RuntimeException e) {
                // One bad client must not end the listening: log it and wait for the next.
                LOG.warn("A second launch could not be answered: {}", e.toString());
            }
        }
    }

    private static void answer(SocketChannel client, Runnable onReveal) throws IOException {
        String request = SingleInstance.within(CLIENT_LIMIT, client, () -> RevealProtocol.readLine(client));
        if (!RevealProtocol.REVEAL.equals(request)) {
            LOG.warn("Ignored an unknown request from a second launch ({} characters)", request.length());
            RevealProtocol.write(client, "unknown");
            return;
        }
        LOG.info("Another launch of Stash2Plex asked this one to come to the front");
        onReveal.run();
        RevealProtocol.write(client, RevealProtocol.OK);
    }

    @Override
    public void close() {
        try {
            if (server != null) {
                Path socket = server.getLocalAddress() instanceof UnixDomainSocketAddress address ? address.getPath() : null;
                server.close();
                if (socket != null) {
                    Files.deleteIfExists(socket);
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot remove the instance socket: {}", e.toString());
        }
        if (lock == null) {
            return;
        }
        try {
            lock.release();
            lock.channel().close();
        } catch (IOException e) {
            LOG.warn("Cannot release the instance lock: {}", e.toString());
        }
    }
}
