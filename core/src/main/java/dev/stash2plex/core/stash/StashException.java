package dev.stash2plex.core.stash;

/**
 * Everything that can go wrong talking to Stash, one subclass per fault class so that callers
 * (match, metadata, health, images) can give each its defined answer. Messages never carry the API key.
 */
public abstract sealed class StashException extends Exception {

    private StashException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A short, stable name of the fault class for logs and JSON ({@code unreachable}, …). */
    public abstract String kind();

    /** No connection could be made (refused, unknown host, TLS failure…). */
    public static final class Unreachable extends StashException {
        public Unreachable(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String kind() {
            return "unreachable";
        }
    }

    /** Stash did not answer in time. */
    public static final class Timeout extends StashException {
        public Timeout(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String kind() {
            return "timeout";
        }
    }

    /** Stash refused the API key (HTTP 401/403, or a redirect to its login page), or the key cannot be sent at all. */
    public static final class Unauthorized extends StashException {
        public Unauthorized(String message) {
            super(message, null);
        }

        @Override
        public String kind() {
            return "unauthorized";
        }
    }

    /** Stash answered with GraphQL errors: validation (HTTP 422) or resolver errors (HTTP 200). */
    public static final class QueryRejected extends StashException {
        public QueryRejected(String message) {
            super(message, null);
        }

        @Override
        public String kind() {
            return "query-rejected";
        }
    }

    /** Stash answered, but not with what the protocol promises (not JSON, no data, wrong shape, 5xx). */
    public static final class BadAnswer extends StashException {
        public BadAnswer(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String kind() {
            return "bad-answer";
        }
    }
}
