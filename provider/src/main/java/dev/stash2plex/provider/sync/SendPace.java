package dev.stash2plex.provider.sync;

/**
 * Spaces the calls the sync makes to Plex: at most {@code perSecond} a second, no bursts, however
 * long the queue. Used by the sync's one thread.
 */
final class SendPace {

    private final long spacingNanos;
    private long next = Long.MIN_VALUE;

    SendPace(double perSecond) {
        this.spacingNanos = (long) (1_000_000_000L / perSecond);
    }

    /** Waits for this call's turn. */
    void await() throws InterruptedException {
        long now = System.nanoTime();
        if (next != Long.MIN_VALUE && next - now > 0) {
            long wait = next - now;
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000)); // pacing, not waiting for an event
            now = System.nanoTime();
        }
        next = now + spacingNanos;
    }
}
