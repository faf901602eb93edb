package dev.stash2plex.app.autostart;

/** The login entry could not be read, written or removed; the message names the file or command. */
public final class AutostartException extends Exception {

    public AutostartException(String message, Throwable cause) {
        super(message, cause);
    }

    public AutostartException(String message) {
        super(message);
    }
}
