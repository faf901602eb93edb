package dev.stash2plex.provider.index;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The index's moving parts that status readers see: written by the index's own thread (and the
 * two build workers), read by any request. Each field is published on its own; a status is a
 * snapshot that may mix two adjacent moments, which is all a progress line needs.
 */
final class IndexProgress {

    enum State { LOADING, READY, FAILED }

    private volatile State state = State.LOADING;
    private volatile String startedFrom = "empty";
    private volatile Integer total;
    private final AtomicInteger loaded = new AtomicInteger();
    private volatile Instant lastRefresh;
    private volatile String warning;
    private volatile String problem;
    private final AtomicLong stashRequests = new AtomicLong();
    private final Clock clock;

    IndexProgress(Clock clock) {
        this.clock = clock;
    }

    void building(int totalScenes) {
        state = State.LOADING;
        startedFrom = "empty";
        total = totalScenes;
        loaded.set(0);
    }

    void loadedMore(int scenes) {
        loaded.addAndGet(scenes);
    }

    void ready(String from, Instant refreshedAt) {
        startedFrom = from;
        lastRefresh = refreshedAt;
        state = State.READY;
    }

    void refreshed() {
        lastRefresh = clock.instant();
        problem = null;
    }

    void failed(String why) {
        state = State.FAILED;
        problem = why;
    }

    /** A Stash fault that keeps the index from getting fresher; cleared by the next good refresh. */
    void problem(String why) {
        problem = why;
    }

    void warning(String text) {
        warning = text;
    }

    void countRequest() {
        stashRequests.incrementAndGet();
    }

    State state() {
        return state;
    }

    String startedFrom() {
        return startedFrom;
    }

    Integer total() {
        return total;
    }

    int loaded() {
        return loaded.get();
    }

    Instant lastRefresh() {
        return lastRefresh;
    }

    long stashRequests() {
        return stashRequests.get();
    }

    /** The warning and the current problem, joined; null when there is neither. */
    String remarks() {
        String w = warning;
        String p = problem;
        return w == null ? p : p == null ? w : w + " " + p;
    }

    /** Ready, and refreshed recently enough that its answers are today's. */
    boolean fresh(Duration staleAfter) {
        Instant last = lastRefresh;
        return state == State.READY && last != null && Duration.between(last, clock.instant()).compareTo(staleAfter) < 0;
    }
}
