package dev.stash2plex.core.stash;

import java.io.IOException;
import java.io.InputStream;

/**
 * An image body streamed from Stash. The caller must close it; closing it early cancels the transfer.
 * Reading the body fails with an {@link ImageStreamException} when Stash sends more than the provider
 * passes on, stops short of its Content-Length, or takes too long.
 *
 * @param contentLength -1 when Stash did not say
 */
public record StashImage(String contentType, long contentLength, InputStream body) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        body.close();
    }
}
