package dev.stash2plex.app.plex.account;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** One running sign-in, which the user may cancel from any thread; the polling thread waits on it between polls. */
public final class SignInAttempt {

    private final CountDownLatch cancelled = new CountDownLatch(1);

    public void cancel() {
        cancelled.countDown();
    }

    public boolean isCancelled() {
        return cancelled.getCount() == 0;
    }

    /** Waits {@code pause}, ending early on cancel; true when cancelled. */
    boolean cancelledWithin(Duration pause) throws InterruptedException {
        return cancelled.await(pause.toMillis(), TimeUnit.MILLISECONDS);
    }
}
