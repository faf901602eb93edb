package dev.stash2plex.app.library;

/** Why the library view could not be read from the provider; {@code UserMessages} words each kind. */
public abstract sealed class LibraryException extends Exception {

    LibraryException(String message, Throwable cause) {
        super(message, cause);
    }

    /** No answer on the provider's port: it is stopped, starting, or the port is another program's. */
    public static final class Unreachable extends LibraryException {
        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** 403: the provider sees this app as remote (Docker's port forwarding) and no admin token matched. */
    public static final class NotAllowed extends LibraryException {
        NotAllowed(String message) {
            super(message, null);
        }
    }

    /** 409 from the sync's endpoints: the provider's Plex sync is off; the message is the provider's reason. */
    public static final class SyncOff extends LibraryException {
        SyncOff(String message) {
            super(message, null);
        }
    }

    /** Any other answer: the provider's own message (a 503 while the index loads, say). */
    public static final class Failed extends LibraryException {
        Failed(String message) {
            super(message, null);
        }
    }
}
