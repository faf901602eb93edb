package dev.stash2plex.core.stash;

import java.io.IOException;

/**
 * An image from Stash broke off while it was being read: larger than the provider passes on, ended
 * before its announced length, or not complete in time. Thrown by {@link StashImage#body()}'s reads,
 * so the image route can tell Stash's fault from Plex going away. The message names the image and
 * Stash's host, never the key.
 */
public final class ImageStreamException extends IOException {

    /** What went wrong, with a stable name for logs and JSON. */
    public enum Problem {
        TOO_LARGE("image-too-large"),
        INCOMPLETE("image-incomplete"),
        TOO_SLOW("image-too-slow");

        private final String kind;

        Problem(String kind) {
            this.kind = kind;
        }

        public String kind() {
            return kind;
        }
    }

    private final Problem problem;

    ImageStreamException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** {@code image-too-large}, …: the error code's tail in the JSON answer. */
    public String kind() {
        return problem.kind();
    }
}
