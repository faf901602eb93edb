package dev.stash2plex.app.docker;

/**
 * What can go wrong with the engine, one kind per thing the user can do something about. Messages
 * are for logs; {@code messages/UserMessages} turns the kind into what the user reads.
 */
public abstract sealed class EngineException extends Exception {

    private EngineException(String message, Throwable cause) {
        super(message, cause);
    }

    /** No engine answers (not installed, not running, no permission on the socket). */
    public static final class Unavailable extends EngineException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The image build failed; the message holds the builder's last lines. */
    public static final class BuildFailed extends EngineException {
        public BuildFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A container operation failed (port in use, bad mount, …). */
    public static final class ContainerFailed extends EngineException {
        public ContainerFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Something with that name already exists and is not ours to replace. */
    public static final class Conflict extends EngineException {
        public Conflict(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The container or image is gone. */
    public static final class NotFound extends EngineException {
        public NotFound(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
