package dev.stash2plex.provider.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What {@link FakeStash} saw: every request on arrival, the invalid queries, and how many were in
 * flight at once, overall and per GraphQL operation (the {@code operationName} of the request body).
 */
final class FakeStashRecorder {

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger openStreams = new AtomicInteger();
    private final List<ReceivedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<FakeStash.InvalidQuery> invalidQueries = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> inFlightByOperation = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> maxInFlightByOperation = new ConcurrentHashMap<>();

    void entered() {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    }

    /**
     * Called just before the answer is written, so a client that waits for answers never sees N+1 in flight.
     *
     * @param request as it {@link #arrived}, or null when it could not be read
     */
    void leaving(ReceivedRequest request) {
        inFlight.decrementAndGet();
        if (request != null && request.operationName() != null) {
            inFlightByOperation.get(request.operationName()).decrementAndGet();
        }
    }

    /** Called once the body is read, between {@link #entered()} and {@link #leaving}. */
    void arrived(ReceivedRequest request) {
        requests.add(request);
        String operation = request.operationName();
        if (operation != null) {
            int now = inFlightByOperation.computeIfAbsent(operation, name -> new AtomicInteger()).incrementAndGet();
            maxInFlightByOperation.computeIfAbsent(operation, name -> new AtomicInteger()).accumulateAndGet(now, Math::max);
        }
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

    /** The most requests with this {@code operationName} in flight at once; 0 when none came. */
    int maxInFlight(String operationName) {
        AtomicInteger max = maxInFlightByOperation.get(operationName);
        return max == null ? 0 : max.get();
    }

    void streamOpened() {
        openStreams.incrementAndGet();
    }

    void streamClosed() {
        openStreams.decrementAndGet();
    }

    /** {@link FakeStream} answers still being written: a client that cancels makes this drop. */
    int openStreams() {
        return openStreams.get();
    }

    int inFlight() {
        return inFlight.get();
    }

    void reset() {
        requests.clear();
        invalidQueries.clear();
        maxInFlight.set(inFlight.get());
        maxInFlightByOperation.forEach((operation, max) -> max.set(inFlightByOperation.get(operation).get()));
    }
}
