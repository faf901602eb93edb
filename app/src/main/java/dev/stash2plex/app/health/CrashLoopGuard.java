package dev.stash2plex.app.health;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Counts the container's unplanned exits: {@code maxDeaths} within {@code window} is a crash loop, and
 * automatic restarts must stop (restarting a provider that exits at once only burns CPU and floods the
 * log). Pure and confined to the monitor's thread; time comes in as an argument.
 */
public final class CrashLoopGuard {

    private final int maxDeaths;
    private final Duration window;
    private final Deque<Instant> deaths = new ArrayDeque<>();

    public CrashLoopGuard(int maxDeaths, Duration window) {
        if (maxDeaths < 1) {
            throw new IllegalArgumentException("maxDeaths must be at least 1");
        }
        this.maxDeaths = maxDeaths;
        this.window = window;
    }

    /** SyncTrayzor's rule of thumb, a little more patient: 4 exits in 2 minutes. */
    public static CrashLoopGuard standard() {
        return new CrashLoopGuard(4, Duration.ofMinutes(2));
    }

    /** Records an exit at {@code at}; true when this exit makes it a crash loop. */
    public boolean died(Instant at) {
        deaths.addLast(at);
        while (!deaths.isEmpty() && deaths.peekFirst().isBefore(at.minus(window))) {
            deaths.removeFirst();
        }
        return deaths.size() >= maxDeaths;
    }

    /** After the user starts the provider again (or the settings change): a fresh count. */
    public void reset() {
        deaths.clear();
    }
}
