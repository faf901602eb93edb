package dev.stash2plex.app.fx;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The executors background work runs on, created once in {@code Main} and closed at shutdown. Virtual
 * threads: the work is waiting on files and sockets, and the FX thread must never be the one waiting.
 * One timer thread for every delay in the app (it sleeps until the next one is due), and named serial
 * lanes for components whose state is confined to one thread.
 */
public final class BackgroundExecutors implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundExecutors.class);

    private final ExecutorService io = Executors.newThreadPerTaskExecutor(Thread.ofVirtual()
            .name("s2p-io-", 0)
            .uncaughtExceptionHandler((thread, e) -> LOG.error("Unexpected failure on {}", thread.getName(), e))
            .factory());
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, Thread.ofPlatform()
            .name("s2p-timer").daemon(true).factory());
    private final List<ExecutorService> lanes = new CopyOnWriteArrayList<>();

    public BackgroundExecutors() {
        // Cancelled probes and retries leave the queue at once instead of waiting for their time.
        timer.setRemoveOnCancelPolicy(true);
    }

    /** For file and network I/O. */
    public ExecutorService io() {
        return io;
    }

    /** For delays: the task should hand real work to a lane or to {@link #io()} and return. */
    public ScheduledExecutorService timer() {
        return timer;
    }

    /** A new single-thread lane: tasks run one at a time, in order, on one virtual thread. */
    public ExecutorService serial(String name) {
        ExecutorService lane = Executors.newSingleThreadExecutor(Thread.ofVirtual().name(name)
                .uncaughtExceptionHandler((thread, e) -> LOG.error("Unexpected failure on {}", thread.getName(), e))
                .factory());
        lanes.add(lane);
        return lane;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        lanes.forEach(ExecutorService::shutdownNow);
        io.shutdownNow();
    }
}
