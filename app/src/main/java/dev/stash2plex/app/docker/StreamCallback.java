package dev.stash2plex.app.docker;

import com.github.dockerjava.api.async.ResultCallback;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The common half of docker-java's streaming callbacks (build output, logs, events): it remembers
 * the stream so it can be closed, reports the end exactly once (docker-java may call both
 * {@code onError} and {@code onComplete}), stays quiet when we closed it ourselves, and lets the
 * caller wait for the start (to turn "no such container" into an exception) or for the end.
 * docker-java calls it on its own daemon thread per stream.
 */
abstract class StreamCallback<T> implements ResultCallback<T>, AutoCloseable {

    /** Counted down when the engine answered: the stream started, or the request failed. */
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);
    private final AtomicBoolean closedByUs = new AtomicBoolean();
    private final AtomicBoolean endReported = new AtomicBoolean();
    private final AtomicReference<Closeable> stream = new AtomicReference<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    /** One item of the stream, on docker-java's thread. */
    abstract void item(T item);

    /** The stream ended by itself ({@code failure} null) or failed; not called after {@link #close()}. */
    void ended(Throwable failure) {
    }

    @Override
    public final void onStart(Closeable closeable) {
        stream.set(closeable);
        started.countDown();
        if (closedByUs.get()) {
            closeQuietly(closeable);   // closed before the response arrived
        }
    }

    @Override
    public final void onNext(T object) {
        if (!closedByUs.get()) {
            item(object);
        }
    }

    @Override
    public final void onError(Throwable throwable) {
        failure.compareAndSet(null, throwable);
        finish();
    }

    @Override
    public final void onComplete() {
        finish();
    }

    /** Waits until the engine answered the request; throws what it answered if that was a failure. */
    final void awaitStart(Duration timeout) throws Exception {
        boolean answered = started.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        Throwable failed = failure.get();
        if (failed != null) {
            throw asException(failed);
        }
        if (!answered) {
            throw new TimeoutException("no answer within " + timeout.toSeconds() + " s");
        }
    }

    /** Waits, without limit, for the end; throws the failure if the stream failed. */
    final void awaitEnd() throws Exception {
        ended.await();
        Throwable failed = failure.get();
        if (failed != null && !closedByUs.get()) {
            throw asException(failed);
        }
    }

    @Override
    public final void close() {
        if (closedByUs.compareAndSet(false, true)) {
            Closeable open = stream.get();
            if (open != null) {
                closeQuietly(open);
            }
        }
    }

    private static Exception asException(Throwable failed) {
        if (failed instanceof Error error) {
            throw error;
        }
        return (Exception) failed;
    }

    private void finish() {
        if (endReported.compareAndSet(false, true)) {
            try {
                if (!closedByUs.get()) {
                    ended(failure.get());
                }
            } finally {
                ended.countDown();
                started.countDown();
            }
        }
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException | RuntimeException e) {
            // the stream is going away either way
        }
    }
}
