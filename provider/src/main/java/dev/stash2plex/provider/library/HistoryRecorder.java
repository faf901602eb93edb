package dev.stash2plex.provider.library;

import dev.stash2plex.provider.index.store.MatchHistory;
import dev.stash2plex.provider.index.store.StoreException;
import dev.stash2plex.provider.match.MatchLog;
import dev.stash2plex.provider.match.MatchResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every automatic match in the match history without making Plex wait for a disk write: the
 * request thread only queues the entry; one thread writes them in batches and logs each file that
 * newly matched nothing as a structured gap event (once, not at every rescan).
 */
public final class HistoryRecorder implements MatchLog, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryRecorder.class);
    /** A scan's burst fits; beyond it entries are dropped (and counted) rather than holding Plex up. */
    private static final int QUEUE = 10_000;
    private static final int BATCH = 500;

    private final Supplier<Optional<MatchHistory>> history;
    private final Clock clock;
    private final BlockingQueue<MatchHistory.Entry> queue = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;

    public HistoryRecorder(Supplier<Optional<MatchHistory>> history, Clock clock) {
        this.history = history;
        this.clock = clock;
        this.writer = Thread.ofPlatform().name("match-history").daemon().start(this::drain);
    }

    @Override
    public void record(MatchResult result) {
        MatchedFile.entryOf(result, clock.instant()).ifPresent(entry -> {
            if (!queue.offer(entry)) {
                dropped.incrementAndGet();
            }
        });
    }

    /** Entries lost because the queue was full (the history was not being written fast enough). */
    public long dropped() {
        return dropped.get();
    }

    /** Writes these entries now, on the caller's thread (the gap run's re-check). */
    void writeNow(List<MatchHistory.Entry> entries) {
        history.get().ifPresent(store -> logGaps(store.record(entries)));
    }

    @Override
    public void close() {
        writer.interrupt();
        try {
            writer.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain() {
        List<MatchHistory.Entry> batch = new ArrayList<>(BATCH);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, BATCH - 1);
            try {
                writeNow(batch);
            } catch (StoreException e) {
                LOG.atWarn().addKeyValue("entries", batch.size()).addKeyValue("reason", e.getMessage())
                        .log("Match history: a batch could not be stored");
            }
            batch.clear();
        }
    }

    private static void logGaps(List<MatchHistory.Entry> gaps) {
        for (MatchHistory.Entry gap : gaps) {
            LOG.atInfo().addKeyValue("event", "gap").addKeyValue("side", "plex")
                    .addKeyValue("filename", gap.filename())
                    .addKeyValue("library_root", gap.libraryRoot())
                    .addKeyValue("title", gap.title())
                    .log("Gap: Plex has a file no Stash scene matches");
        }
    }
}
