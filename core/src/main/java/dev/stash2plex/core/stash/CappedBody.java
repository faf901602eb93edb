package dev.stash2plex.core.stash;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A GraphQL answer read into memory, but never more than a cap: once more arrived (or Stash
 * announces more in its Content-Length) the transfer is cancelled, which makes the HTTP client drop
 * the connection, and the exchange fails with {@link TooLarge}. A runaway or hostile answer costs the
 * cap, not the heap.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final long maxBytes;
    private final long declaredLength;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final List<ByteBuffer> received = new ArrayList<>();
    private Flow.Subscription subscription;
    private long total;

    private CappedBody(long maxBytes, long declaredLength) {
        this.maxBytes = maxBytes;
        this.declaredLength = declaredLength;
    }

    static HttpResponse.BodyHandler<byte[]> handler(long maxBytes) {
        return info -> new CappedBody(maxBytes, info.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    @Override
    public void onSubscribe(Flow.Subscription granted) {
        subscription = granted;
        if (declaredLength > maxBytes) {
            tooLarge();
        } else {
            granted.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            total += item.remaining();
            if (total > maxBytes) {
                tooLarge();
                return;
            }
            received.add(item);
        }
    }

    @Override
    public void onError(Throwable failure) {
        received.clear();
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        if (result.isDone()) {
            return;
        }
        byte[] body = new byte[(int) total];
        int at = 0;
        for (ByteBuffer item : received) {
            int length = item.remaining();
            item.get(body, at, length);
            at += length;
        }
        received.clear();
        result.complete(body);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    private void tooLarge() {
        received.clear();
        subscription.cancel();
        result.completeExceptionally(new TooLarge(maxBytes));
    }

    /** Stash's answer was larger than the provider reads. */
    static final class TooLarge extends IOException {
        private final long maxBytes;

        TooLarge(long maxBytes) {
            super("answer larger than " + mebibytes(maxBytes) + " MiB");
            this.maxBytes = maxBytes;
        }

        long maxBytes() {
            return maxBytes;
        }
    }

    static long mebibytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
