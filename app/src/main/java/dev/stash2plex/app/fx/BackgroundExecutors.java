package dev.stash2plex.app.fx;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The executors blocking work runs on, created once in {@code Main} and closed at shutdown. Virtual
 * threads: the work is waiting on files and sockets, and the FX thread must never be the one waiting.
 */
public final class BackgroundExecutors implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundExecutors.class);

    private final ExecutorService io = Executors.newThreadPerTaskExecutor(Thread.ofVirtual()
            .name("s2p-io-", 0)
            .uncaughtExceptionHandler((thread, e) -> LOG.error("Unexpected failure on {}", thread.getName(), e))
            .factory());

    /** For file and network I/O. */
    public ExecutorService io() {
        return io;
    }

    @Override
    public void close() {
        io.shutdownNow();
    }
}
