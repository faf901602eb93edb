package dev.stash2plex.app.instance;

import dev.stash2plex.app.platform.OwnerOnly;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running app per user. The first launch takes an exclusive lock on {@value #LOCK} and listens
 * on the Unix-domain socket {@value #SOCKET} beside it; a later launch finds the lock taken, connects,
 * sends {@code reveal} and exits, so the user gets the window they were looking for instead of a
 * second tray icon fighting over the same container.
 *
 * <p>The lock, not the socket file, decides who is first: the OS drops the lock when its process ends,
 * however it ends, whereas a crash leaves the socket file behind. The first launch therefore deletes
 * any socket file it finds before binding a new one; nobody can be listening on it.
 */
public final class SingleInstance {

    static final String LOCK = "instance.lock";
    static final String SOCKET = "instance.sock";

    private static final Logger LOG = LoggerFactory.getLogger(SingleInstance.class);

    private final Path dir;
    private final Duration patience;

    /**
     * @param dir      the per-user folder for the lock and the socket (the same for every launch of this user)
     * @param patience how long a second launch keeps trying to reach the first, which may still be binding its socket
     */
    public SingleInstance(Path dir, Duration patience) {
        this.dir = dir;
        this.patience = patience;
    }

    /**
     * Becomes the running instance, or asks the running one to come to the front. When the folder
     * cannot hold a lock at all, this launch runs as the first: two apps are better than none.
     */
    public Claim claim() {
        FileLock lock;
        try {
            lock = tryLock();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot tell whether Stash2Plex already runs ({}); starting anyway", e.toString());
            return new Claim.First(new RevealListener(null, null));
        }
        if (lock == null) {
            return new Claim.Second(askToReveal());
        }
        return new Claim.First(new RevealListener(lock, bind()));
    }

    /** The lock, or null when another process holds it. */
    private FileLock tryLock() throws IOException {
        OwnerOnly.folder(dir);
        OwnerOnly.file(dir.resolve(LOCK));
        FileChannel lockFile = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.WRITE);
        try {
            FileLock lock = lockFile.tryLock();
            if (lock == null) {
                lockFile.close();
            }
            return lock;
        } catch (IOException | RuntimeException e) {
            lockFile.close();
            throw e;
        }
    }

    /** Binds the socket, replacing a file a crashed instance left; empty (no reveal, still one instance) if that fails. */
    private ServerSocketChannel bind() {
        Path socket = dir.resolve(SOCKET);
        try {
            Files.deleteIfExists(socket);
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            return server;
        } catch (IOException | UnsupportedOperationException e) {
            // Still the only instance (the lock says so); a second launch just cannot bring this one forward.
            LOG.warn("Cannot listen on {}: a second launch will not bring this window forward ({})", socket, e.toString());
            return null;
        }
    }

    private boolean askToReveal() {
        Path socket = dir.resolve(SOCKET);
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                return RevealProtocol.ask(channel, remaining(deadline));
            } catch (IOException e) {
                // The first instance holds the lock but has not bound its socket yet: it is starting up.
                if (Instant.now().isAfter(deadline)) {
                    LOG.warn("Another Stash2Plex runs but did not answer on {}: {}", socket, e.toString());
                    return false;
                }
                pause();
            }
        }
    }

    private static Duration remaining(Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        return left.isNegative() ? Duration.ofMillis(100) : left;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs {@code exchange} with a time limit: a blocking socket channel has no read timeout of its own. */
    static <T> T within(Duration limit, SocketChannel channel, java.util.concurrent.Callable<T> exchange) throws IOException {
        CompletableFuture<T> future = new CompletableFuture<>();
        Thread.ofVirtual().name("s2p-instance-exchange").start(() -> {
            try {
                future.complete(exchange.call());
            } catch (Exception e) {
                future.completeExceptionally(e);
            }
        });
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            channel.close();
            throw new IOException("no answer within " + limit.toMillis() + " ms");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }
}
