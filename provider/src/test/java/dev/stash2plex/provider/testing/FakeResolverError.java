package dev.stash2plex.provider.testing;

/** What Stash reports as a resolver error: HTTP 200 with {@code errors[]}, the message as Go wrote it. */
final class FakeResolverError extends RuntimeException {

    FakeResolverError(String message) {
        super(message);
    }
}
