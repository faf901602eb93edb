package dev.stash2plex.app.logs;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Collects log lines arriving one by one on a stream thread and hands them on in batches: the first
 * line after a hand-off arms one timer, and everything arriving before it fires goes in the same
 * batch. A chatty container costs one FX update per {@code batch}; a quiet one costs nothing. Holds at
 * most {@code capacity} lines (the oldest go first), so a flood cannot eat memory.
 */
public final class LogBuffer {

    private final int capacity;
    private final Duration batch;
    private final ScheduledExecutorService timer;
    private final Executor target;
    private final Consumer<List<String>> sink;
    private final ArrayDeque<String> pending = new ArrayDeque<>();
    private boolean armed;

    public LogBuffer(int capacity, Duration batch, ScheduledExecutorService timer, Executor target,
                     Consumer<List<String>> sink) {
        this.capacity = capacity;
        this.batch = batch;
        this.timer = timer;
        this.target = target;
        this.sink = sink;
    }

    /** Any thread. */
    public void append(String line) {
        synchronized (pending) {
            pending.addLast(line);
            if (pending.size() > capacity) {
                pending.removeFirst();
            }
            if (armed) {
                return;
            }
            armed = true;
        }
        timer.schedule(this::flush, batch.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void flush() {
        List<String> lines;
        synchronized (pending) {
            lines = List.copyOf(new ArrayList<>(pending));
            pending.clear();
            armed = false;
        }
        if (!lines.isEmpty()) {
            target.execute(() -> sink.accept(lines));
        }
    }
}
