package dev.stash2plex.provider.match;

/**
 * Where the automatic matches Plex asked for are remembered (the library view's history). Called on
 * the request's thread after the answer is decided, so an implementation must not block on I/O.
 */
@FunctionalInterface
public interface MatchLog {

    void record(MatchResult result);

    /** Remembers nothing: a provider without a scene index has nowhere to keep it. */
    static MatchLog none() {
        return result -> {
        };
    }
}
