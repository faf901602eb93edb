package dev.stash2plex.core.stash;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An image answer's body as a stream Stash cannot make endless or eternal. Reading fails with an
 * {@link ImageStreamException} once more than the cap arrived (or was announced), when the body ends
 * before its Content-Length, or when it is not complete by the deadline — a stalled or dripping answer
 * ends there instead of holding a Stash slot until Stash gives up. It asks the HTTP client for one
 * chunk at a time, so a slow reader slows Stash down instead of filling memory. Closing it, or any
 * of those failures, cancels the transfer: the HTTP client then drops the connection to Stash.
 */
final class ImageBody extends InputStream implements HttpResponse.BodySubscriber<InputStream> {

    private static final Object END = new Object();

    private final BlockingQueue<Object> arrivals = new LinkedBlockingQueue<>();
    private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final String image;
    private final long declaredLength;
    private final long maxBytes;
    private final Duration maxTime;
    private final long deadline;

    private Iterator<ByteBuffer> chunk = Collections.emptyIterator();
    private ByteBuffer current;
    private long delivered;
    private boolean ended;
    private ImageStreamException failure;

    /**
     * @param image what to call the image in messages: its path and Stash's host
     * @param declaredLength Stash's Content-Length, -1 when it sent none
     */
    ImageBody(String image, long declaredLength, long maxBytes, Duration maxTime) {
        this.image = image;
        this.declaredLength = declaredLength;
        this.maxBytes = maxBytes;
        this.maxTime = maxTime;
        this.deadline = System.nanoTime() + maxTime.toNanos();
    }

    // ---- the HTTP client's side

    @Override
    public void onSubscribe(Flow.Subscription granted) {
        if (!subscription.compareAndSet(null, granted) || closed.get()) {
            granted.cancel();
            return;
        }
        granted.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        arrivals.add(items);
    }

    @Override
    public void onError(Throwable thrown) {
        arrivals.add(thrown);
    }

    @Override
    public void onComplete() {
        arrivals.add(END);
    }

    @Override
    public CompletionStage<InputStream> getBody() {
        return CompletableFuture.completedStage(this);
    }

    // ---- the reader's side

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (failure != null) {
            throw failure;
        }
        if (closed.get()) {
            throw new IOException("image stream closed");
        }
        if (length == 0) {
            return 0;
        }
        if (declaredLength > maxBytes) {
            throw fail(ImageStreamException.Problem.TOO_LARGE, image + " is " + declaredLength
                    + " bytes, more than the " + CappedBody.mebibytes(maxBytes) + " MiB the provider passes on", null);
        }
        while (current == null || !current.hasRemaining()) {
            if (chunk.hasNext()) {
                current = chunk.next();
            } else if (ended || !awaitChunk()) {
                return -1;
            }
        }
        int n = Math.min(length, current.remaining());
        if (delivered + n > maxBytes) {
            throw fail(ImageStreamException.Problem.TOO_LARGE, image + " is larger than the "
                    + CappedBody.mebibytes(maxBytes) + " MiB the provider passes on", null);
        }
        current.get(buffer, offset, n);
        delivered += n;
        return n;
    }

    /** Waits for the next chunk until the deadline; false at the regular end of the body. */
    @SuppressWarnings("unchecked")
    private boolean awaitChunk() throws IOException {
        Object next;
        try {
            long left = deadline - System.nanoTime();
            next = left <= 0 ? null : arrivals.poll(left, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            throw new InterruptedIOException("interrupted while reading " + image);
        }
        if (next == null) {
            throw fail(ImageStreamException.Problem.TOO_SLOW, image + " did not arrive completely within "
                    + maxTime.toSeconds() + " s (" + delivered + " bytes came)", null);
        }
        if (next == END) {
            ended = true;
            if (declaredLength >= 0 && delivered < declaredLength) {
                throw fail(ImageStreamException.Problem.INCOMPLETE, image + " ended after " + delivered
                        + " of its " + declaredLength + " bytes", null);
            }
            return false;
        }
        if (next instanceof Throwable thrown) {
            throw fail(ImageStreamException.Problem.INCOMPLETE, image + " broke off after " + delivered + " bytes"
                    + (declaredLength >= 0 ? " of " + declaredLength : ""), thrown);
        }
        chunk = ((List<ByteBuffer>) next).iterator();
        subscription.get().request(1);
        return true;
    }

    private ImageStreamException fail(ImageStreamException.Problem problem, String message, Throwable cause) {
        cancel();
        failure = new ImageStreamException(problem, message, cause);
        return failure;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            cancel();
            arrivals.clear();
        }
    }

    private void cancel() {
        Flow.Subscription granted = subscription.get();
        if (granted != null) {
            granted.cancel();
        }
    }
}
