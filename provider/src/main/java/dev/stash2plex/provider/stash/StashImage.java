package dev.stash2plex.provider.stash;

import java.io.IOException;
import java.io.InputStream;

/**
 * An image body streamed from Stash. The caller must close it.
 *
 * @param contentLength -1 when Stash did not say
 */
public record StashImage(String contentType, long contentLength, InputStream body) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        body.close();
    }
}
