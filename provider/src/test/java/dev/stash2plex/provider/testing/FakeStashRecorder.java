package dev.stash2plex.provider.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** What {@link FakeStash} saw: every request on arrival, the invalid queries, and how many were in flight at once. */
final class FakeStashRecorder {

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final List<ReceivedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<FakeStash.InvalidQuery> invalidQueries = new CopyOnWriteArrayList<>();

    void entered() {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    }

    /** Called just before the answer is written, so a client that waits for answers never sees N+1 in flight. */
    void leaving() {
        inFlight.decrementAndGet();
    }

    void arrived(ReceivedRequest request) {
        requests.add(request);
    }

    void invalid(ReceivedRequest request, List<String> errors) {
        invalidQueries.add(new FakeStash.InvalidQuery(request, List.copyOf(errors)));
    }

    List<ReceivedRequest> requests() {
        return List.copyOf(requests);
    }

    List<FakeStash.InvalidQuery> invalidQueries() {
        return List.copyOf(invalidQueries);
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    int inFlight() {
        return inFlight.get();
    }

    void reset() {
        requests.clear();
        invalidQueries.clear();
        maxInFlight.set(inFlight.get());
    }
}
