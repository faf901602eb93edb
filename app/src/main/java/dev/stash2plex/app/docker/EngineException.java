package dev.stash2plex.app.docker;

import java.util.Objects;

/**
 * What can go wrong with the engine, one kind per step that failed, each with the
 * {@link EngineProblem} it was classified as where it was caught. Messages are the technical text for
 * logs and "Details…"; {@code messages/UserMessages} turns the problem into what the user reads.
 */
public abstract sealed class EngineException extends Exception {

    private final transient EngineProblem problem;

    private EngineException(String message, Throwable cause, EngineProblem problem) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem);
    }

    /** What the user can do something about; {@link EngineProblem.Unclassified} when nothing specific. */
    public EngineProblem problem() {
        return problem;
    }

    /** No engine answers (not installed, not running, no permission on the socket). */
    public static final class Unavailable extends EngineException {
        public Unavailable(String message, Throwable cause) {
            this(message, cause, new EngineProblem.Unclassified());
        }

        public Unavailable(String message, Throwable cause, EngineProblem problem) {
            super(message, cause, problem);
        }
    }

    /** The image build failed; the message holds the builder's last lines. */
    public static final class BuildFailed extends EngineException {
        public BuildFailed(String message, Throwable cause) {
            this(message, cause, new EngineProblem.Unclassified());
        }

        public BuildFailed(String message, Throwable cause, EngineProblem problem) {
            super(message, cause, problem);
        }
    }

    /** A container operation failed (port in use, bad mount, …). */
    public static final class ContainerFailed extends EngineException {
        public ContainerFailed(String message, Throwable cause) {
            this(message, cause, new EngineProblem.Unclassified());
        }

        public ContainerFailed(String message, Throwable cause, EngineProblem problem) {
            super(message, cause, problem);
        }
    }

    /** Something with that name already exists and is not ours to replace. */
    public static final class Conflict extends EngineException {
        public Conflict(String message, Throwable cause) {
            super(message, cause, new EngineProblem.Unclassified());
        }
    }

    /** The container or image is gone. */
    public static final class NotFound extends EngineException {
        public NotFound(String message, Throwable cause) {
            super(message, cause, new EngineProblem.Unclassified());
        }
    }
}
