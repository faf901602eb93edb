package dev.stash2plex.provider.fingerprint;

import java.io.IOException;
import java.nio.file.Path;

/** A media file could not be read to fingerprint it (gone, unreadable, or cut short while reading). */
public final class FingerprintReadException extends Exception {

    private final Path file;

    public FingerprintReadException(Path file, IOException cause) {
        super("could not read " + file + " for its fingerprint: " + cause.getMessage(), cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
