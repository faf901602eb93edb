package dev.stash2plex.provider.index.store;

/**
 * The index's store failed. {@link Unusable} means the file cannot be used at all (not a database,
 * damaged, another program's); {@link Unwritable} means the disk refuses writes (read-only, full,
 * no permission). Neither ever stops the provider: the index falls back to memory or a rebuild.
 */
public abstract sealed class StoreException extends RuntimeException {

    private StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The file is not ours or not sound: move it aside and start anew. */
    public static final class Unusable extends StoreException {
        public Unusable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The folder or the disk takes no writes: keep the index in memory. */
    public static final class Unwritable extends StoreException {
        public Unwritable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Anything else SQLite reported. */
    public static final class Failed extends StoreException {
        public Failed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
