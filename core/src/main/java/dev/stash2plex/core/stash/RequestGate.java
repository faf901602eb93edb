package dev.stash2plex.core.stash;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * At most N requests in flight to Stash. Fair, so a long Plex scan cannot starve the health probe
 * forever; the wait is bounded so a stuck Stash turns into timeouts instead of a pile of threads.
 */
final class RequestGate {

    private final Semaphore slots;
    private final int size;
    private final Duration maxWait;
    private final String hostLabel;

    RequestGate(int size, Duration maxWait, String hostLabel) {
        this.slots = new Semaphore(size, true);
        this.size = size;
        this.maxWait = maxWait;
        this.hostLabel = hostLabel;
    }

    Slot enter() throws StashException.Timeout {
        try {
            if (!slots.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new StashException.Timeout("Stash at " + hostLabel + " is busy: " + size
                        + " requests already in flight for " + maxWait.toMillis() + " ms", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StashException.Timeout("interrupted while waiting to ask Stash at " + hostLabel, e);
        }
        return new Slot(slots);
    }

    /** One taken slot. Closing it twice is harmless: an image stream and its error path may both try. */
    static final class Slot implements AutoCloseable {
        private final Semaphore slots;
        private final AtomicBoolean released = new AtomicBoolean();

        private Slot(Semaphore slots) {
            this.slots = slots;
        }

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                slots.release();
            }
        }
    }
}
