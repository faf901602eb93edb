package dev.stash2plex.provider.stash;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams an image from Stash's image routes with the key in a header. The request's gate slot is
 * held until the caller closes the image, so image traffic counts against the same bound as queries.
 */
final class ImageFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(ImageFetcher.class);

    private final StashHttp http;

    ImageFetcher(StashHttp http) {
        this.http = http;
    }

    StashImage fetch(String path) throws StashException {
        HttpRequest request = http.request(path).header("Accept", "image/*").GET().build();
        StashHttp.Exchange<InputStream> exchange = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        HttpResponse<InputStream> response = exchange.response();
        try {
            String contentType = check(path, response);
            long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            return new StashImage(contentType, length, new SlotReleasingStream(response.body(), exchange.slot()));
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
                    + (contentType.isBlank() ? "no content type" : contentType) + ", not an image", null);
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

    /** Frees the gate slot when the caller closes the stream, however the stream ends. */
    private static final class SlotReleasingStream extends FilterInputStream {
        private final RequestGate.Slot slot;

        SlotReleasingStream(InputStream body, RequestGate.Slot slot) {
            super(body);
            this.slot = slot;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                slot.close();
            }
        }
    }
}
