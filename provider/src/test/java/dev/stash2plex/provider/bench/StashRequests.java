package dev.stash2plex.provider.bench;

import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.ReceivedRequest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What the fake Stash was asked between a {@link #mark} and now, by GraphQL operation, so a phase's
 * requests split into the index's reads ({@code Index…}), the provider's background health probe
 * ({@code StashProbe}) and lookups a match made ({@code FindScenesByPath}, {@code FindScene}…).
 */
record StashRequests(int total, Map<String, Integer> byOperation) {

    private static final String PROBE = "StashProbe";
    private static final String INDEX_PREFIX = "Index";

    /** Where counting starts: the number of requests the fake has seen so far. */
    static int mark(FakeStash stash) {
        return stash.requestCount();
    }

    static StashRequests since(FakeStash stash, int mark) {
        List<ReceivedRequest> requests = stash.requests();
        List<ReceivedRequest> recent = requests.subList(Math.min(mark, requests.size()), requests.size());
        Map<String, Integer> byOperation = recent.stream().collect(Collectors.groupingBy(StashRequests::operation,
                TreeMap::new, Collectors.summingInt(request -> 1)));
        return new StashRequests(recent.size(), byOperation);
    }

    /** Reads made by the index: the build, refreshes, catch-ups and sweeps. */
    int index() {
        return sum(operation -> operation.startsWith(INDEX_PREFIX));
    }

    int probes() {
        return sum(PROBE::equals);
    }

    /** Requests a match made itself: what costs Stash a scan per file without the index. */
    int lookups() {
        return total - index() - probes();
    }

    /** e.g. {@code FindScenesByPath 300, StashProbe 2}. */
    String breakdown() {
        return byOperation.isEmpty() ? "none" : byOperation.entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", "));
    }

    private int sum(Predicate<String> operation) {
        return byOperation.entrySet().stream().filter(entry -> operation.test(entry.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
    }

    private static String operation(ReceivedRequest request) {
        if (request.operationName() != null) {
            return request.operationName();
        }
        return request.isGraphql() ? "GraphQL without a name" : request.method() + " " + request.path();
    }
}
