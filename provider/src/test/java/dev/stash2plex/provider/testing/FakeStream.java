package dev.stash2plex.provider.testing;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * An answer {@link FakeStash} sends badly on the wire, to test what a client does with it: status 200
 * and the headers at once, then a body that stalls, drips, never ends or stops short of its
 * Content-Length. Big bodies are generated while they are written, so a 1 GiB answer costs the fake
 * one small buffer.
 *
 * @param pattern the bytes the body repeats
 * @param announcedLength the Content-Length sent; -1 for a chunked answer
 * @param sentLength how many bytes are really sent before the fake closes the connection
 * @param chunkBytes bytes written (and flushed) at a time
 * @param pause the wait after each chunk
 * @param holdAfterHeaders the wait between the headers and the first byte
 */
public record FakeStream(String contentType, byte[] pattern, long announcedLength, long sentLength, int chunkBytes,
                         Duration pause, Duration holdAfterHeaders) {

    private static final byte[] FILLER = "0123456789abcdef".repeat(4096).getBytes(StandardCharsets.US_ASCII);

    public FakeStream {
        Objects.requireNonNull(contentType, "contentType");
        if (pattern.length == 0 || chunkBytes < 1 || sentLength < 0) {
            throw new IllegalArgumentException("a fake stream needs a pattern, a chunk size and a length");
        }
    }

    /** Headers announcing {@code announcedLength} bytes, then nothing for {@code hold}. */
    public static FakeStream stalled(String contentType, long announcedLength, Duration hold) {
        return new FakeStream(contentType, FILLER, announcedLength, 0, 1, Duration.ZERO, hold);
    }

    /** {@code total} bytes (announced), {@code chunkBytes} every {@code pause}. */
    public static FakeStream dripping(String contentType, long total, int chunkBytes, Duration pause) {
        return new FakeStream(contentType, FILLER, total, total, chunkBytes, pause, Duration.ZERO);
    }

    /** {@code total} bytes as fast as the client takes them, announced or chunked. */
    public static FakeStream huge(String contentType, long total, boolean announced) {
        return new FakeStream(contentType, FILLER, announced ? total : -1, total, FILLER.length, Duration.ZERO, Duration.ZERO);
    }

    /** Announces {@code announcedLength} bytes, sends {@code sentLength}, then closes the connection. */
    public static FakeStream cutShort(String contentType, long announcedLength, long sentLength) {
        return new FakeStream(contentType, FILLER, announcedLength, sentLength, FILLER.length, Duration.ZERO, Duration.ZERO);
    }

    /** Exactly these bytes with this type, e.g. an SVG. */
    public static FakeStream exactly(String contentType, byte[] body) {
        return new FakeStream(contentType, body, body.length, body.length, body.length, Duration.ZERO, Duration.ZERO);
    }

    /**
     * Writes the answer; returns normally when everything was sent, throws when the client went away
     * (or, for a body cut short, when the fake drops the connection on purpose) or when {@code withdrawn}
     * turns true — the test told the fake to answer normally again — so no stall outlives its test.
     */
    void writeTo(HttpExchange exchange, BooleanSupplier withdrawn) throws IOException, InterruptedException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, announcedLength < 0 ? 0 : announcedLength);
        OutputStream body = exchange.getResponseBody();
        body.flush();
        sleep(holdAfterHeaders, withdrawn);
        long sent = 0;
        int offset = 0;
        while (sent < sentLength) {
            int n = (int) Math.min(chunkBytes, sentLength - sent);
            for (int written = 0; written < n; ) {
                int piece = Math.min(n - written, pattern.length - offset);
                body.write(pattern, offset, piece);
                written += piece;
                offset = (offset + piece) % pattern.length;
            }
            body.flush();
            sent += n;
            sleep(pause, withdrawn);
        }
    }

    private static void sleep(Duration duration, BooleanSupplier withdrawn) throws IOException, InterruptedException {
        long until = System.nanoTime() + duration.toNanos();
        for (long left = duration.toNanos(); left > 0; left = until - System.nanoTime()) {
            if (withdrawn.getAsBoolean()) {
                throw new IOException("withdrawn: the fake was told to answer normally");
            }
            Thread.sleep(Duration.ofNanos(Math.min(left, 50_000_000))); // the behaviour under test: a stalled or dripping Stash
        }
    }

    @Override
    public String toString() {
        return "FakeStream[" + contentType + ", announced " + announcedLength + ", sent " + sentLength + "]";
    }
}
