package dev.stash2plex.core.stash;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams an image from Stash's image routes with the key in a header. The request's gate slots are
 * held until the caller closes the image, so image traffic counts against the same bound as queries;
 * images also have a gate of their own, at most half the slots, so pictures that Stash is slow to send
 * can never stop matching. The body is bounded in size and time ({@link ImageBody}).
 */
final class ImageFetcher {

    /** Stash's screenshots are a few hundred KiB and performer pictures a few MiB; anything bigger is not artwork. */
    static final long MAX_IMAGE_BYTES = 20L * 1024 * 1024;
    /** A whole image may take this many Stash timeouts (30 s with the default 10 s), headers excluded. */
    static final int IMAGE_TIME_IN_TIMEOUTS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(ImageFetcher.class);

    private final StashHttp http;
    private final RequestGate imageGate;
    private final Duration maxTime;

    ImageFetcher(StashHttp http, StashConnection connection) {
        this.http = http;
        this.imageGate = new RequestGate(imageSlots(connection.maxConcurrentRequests()), connection.requestTimeout(),
                connection.hostLabel());
        this.maxTime = connection.requestTimeout().multipliedBy(IMAGE_TIME_IN_TIMEOUTS);
    }

    /** Half the connection's slots (at least one): the other half stays free for matching and metadata. */
    static int imageSlots(int maxConcurrentRequests) {
        return Math.max(1, maxConcurrentRequests / 2);
    }

    StashImage fetch(String path) throws StashException {
        RequestGate.Slot imageSlot = imageGate.enter();
        try {
            return fetch(path, imageSlot);
        } catch (StashException | RuntimeException e) {
            imageSlot.close();
            throw e;
        }
    }

    private StashImage fetch(String path, RequestGate.Slot imageSlot) throws StashException {
        HttpRequest request = http.request(path).header("Accept", "image/*").GET().build();
        String image = "the image " + path + " from Stash at " + http.host();
        StashHttp.Exchange<InputStream> exchange = http.send(request, info -> new ImageBody(image,
                info.headers().firstValueAsLong("Content-Length").orElse(-1), MAX_IMAGE_BYTES, maxTime));
        HttpResponse<InputStream> response = exchange.response();
        try {
            String contentType = check(path, response);
            long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            return new StashImage(contentType, length, new SlotReleasingStream(response.body(), exchange.slot(), imageSlot));
        } catch (StashException | RuntimeException e) {
            discard(response.body());
            exchange.slot().close();
            throw e;
        }
    }

    private String check(String path, HttpResponse<InputStream> response) throws StashException {
        http.rejectUnauthorized(response);
        int status = response.statusCode();
        String asked = "Stash at " + http.host() + " ";
        if (status == 404) {
            throw new StashException.BadAnswer(asked + "has no image at " + path + " (HTTP 404)", null);
        }
        if (status / 100 != 2) {
            throw new StashException.BadAnswer(asked + "answered " + path + " with HTTP " + status, null);
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (!contentType.strip().toLowerCase(Locale.ROOT).startsWith("image/")) {
            // A login page served with 200 (reverse proxies, old Stash) must never reach Plex as artwork.
            throw new StashException.BadAnswer(asked + "answered " + path + " with "
                    + (contentType.isBlank() ? "no content type" : http.redact(contentType)) + ", not an image", null);
        }
        LOG.debug("Stash at {} serves {} as {}", http.host(), path, contentType);
        return contentType.strip();
    }

    private static void discard(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            LOG.debug("could not close an unwanted image answer", e);
        }
    }

    /** Frees the gate slots when the caller closes the stream, however the stream ends. */
    private static final class SlotReleasingStream extends FilterInputStream {
        private final RequestGate.Slot slot;
        private final RequestGate.Slot imageSlot;

        SlotReleasingStream(InputStream body, RequestGate.Slot slot, RequestGate.Slot imageSlot) {
            super(body);
            this.slot = slot;
            this.imageSlot = imageSlot;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                slot.close();
                imageSlot.close();
            }
        }
    }
}
