package dev.stash2plex.provider.sync;

/**
 * Why a call to Plex Media Server failed, by what the sync does next. Messages name the call and the
 * server, never the token (it travels only in a header).
 */
public sealed abstract class PlexServerException extends Exception {

    PlexServerException(String message, Throwable cause) {
        super(message, cause);
    }

    /** No connection, a timeout, or an answer cut short: Plex is away; wait and try again. */
    public static final class Unreachable extends PlexServerException {
        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** 401: the token is wrong or was revoked; trying again cannot help. */
    public static final class Unauthorized extends PlexServerException {
        Unauthorized(String message) {
            super(message, null);
        }
    }

    /** 5xx (or 429): Plex is busy or starting; wait and try again. */
    public static final class ServerError extends PlexServerException {
        ServerError(String message) {
            super(message, null);
        }
    }

    /** 404: the item or section is gone from Plex. */
    public static final class NotFound extends PlexServerException {
        NotFound(String message) {
            super(message, null);
        }
    }

    /** Another 4xx, or an answer that is not what Plex sends: this call is wrong, not Plex. */
    public static final class Rejected extends PlexServerException {
        Rejected(String message) {
            super(message, null);
        }
    }
}
