package dev.stash2plex.app.plex;

/**
 * What can go wrong talking to Plex Media Server, one kind per thing the user can do something about.
 * Messages are for logs and never hold the token; {@code messages/UserMessages} turns the kind into
 * what the user reads.
 */
public abstract sealed class PlexException extends Exception {

    private PlexException(String message, Throwable cause) {
        super(message, cause);
    }

    /** No answer from the Plex address (refused, unknown name, timeout, TLS refused, not Plex at all). */
    public static final class Unreachable extends PlexException {

        /** What stopped the exchange, for the user's next step; {@link #reason()} says it in words. */
        public enum Why {
            /** Nothing listens at that host and port. */
            REFUSED,
            /** The host name does not resolve here. */
            UNKNOWN_HOST,
            /** No answer within the time limit. */
            TIMEOUT,
            /** The address is not a URL the client can ask. */
            INVALID_ADDRESS,
            /** Anything else (TLS, a cut connection). */
            OTHER
        }

        private final String plexUrl;
        private final String reason;
        private final Why why;

        public Unreachable(String plexUrl, Why why, String reason, Throwable cause) {
            super("Plex at " + plexUrl + " is unreachable: " + reason, cause);
            this.plexUrl = plexUrl;
            this.reason = reason;
            this.why = why;
        }

        public Why why() {
            return why;
        }

        public String plexUrl() {
            return plexUrl;
        }

        public String reason() {
            return reason;
        }
    }

    /** Plex refused the token (401), or the token is not an admin's (403). */
    public static final class Unauthorized extends PlexException {
        public Unauthorized(String message) {
            super(message, null);
        }
    }

    /** The server has no custom metadata providers: older than 1.43.0, or the feature is not there yet. */
    public static final class TooOld extends PlexException {
        private final String version;

        public TooOld(String version) {
            super("Plex " + version + " has no custom metadata providers", null);
            this.version = version;
        }

        public String version() {
            return version;
        }
    }

    /** Plex could not fetch or read the provider's manifest from the address it was given. */
    public static final class ProviderUnreachable extends PlexException {
        private final String providerUrl;

        public ProviderUnreachable(String providerUrl, String plexSaid) {
            super("Plex cannot reach the provider at " + providerUrl + ": " + plexSaid, null);
            this.providerUrl = providerUrl;
        }

        public String providerUrl() {
            return providerUrl;
        }

        /** The port Plex tried, for the firewall advice. */
        public int providerPort() {
            try {
                java.net.URI uri = java.net.URI.create(providerUrl);
                return uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            } catch (IllegalArgumentException e) {
                return 80;
            }
        }
    }

    /**
     * Plex does not know the provider an agent would be led by: it was never registered, or registered
     * before Stash2Plex had it (the TV provider). Registering again adds it.
     */
    public static final class NotRegistered extends PlexException {
        private final String provider;

        public NotRegistered(String provider) {
            super("Plex has no provider \"" + provider + "\" registered", null);
            this.provider = provider;
        }

        /** The provider's name, as Plex shows it once registered. */
        public String provider() {
            return provider;
        }
    }

    /** Plex answered, but not as its API promises (an unexpected status or body). */
    public static final class Rejected extends PlexException {
        private final String detail;

        public Rejected(String detail) {
            super("Plex rejected the request: " + detail, null);
            this.detail = detail;
        }

        public String detail() {
            return detail;
        }
    }

    /** plex.tv (the Plex account service) did not answer: sign-in and the server list need it. */
    public static final class AccountUnreachable extends PlexException {
        private final String reason;

        public AccountUnreachable(String reason, Throwable cause) {
            super("plex.tv is unreachable: " + reason, cause);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** plex.tv refused the account token: it was signed out elsewhere or revoked; sign in again. */
    public static final class SignedOut extends PlexException {
        public SignedOut(String message) {
            super(message, null);
        }
    }

    /** The Plex account has no Plex Media Server (none of its devices provides "server"). */
    public static final class NoServer extends PlexException {
        public NoServer() {
            super("The Plex account has no Plex Media Server", null);
        }
    }

    /** Every address plex.tv lists for the server was tried and none answered. */
    public static final class NoConnection extends PlexException {
        private final String server;
        private final java.util.List<String> tried;

        public NoConnection(String server, java.util.List<String> tried) {
            super("No address of Plex server \"" + server + "\" answered: " + tried, null);
            this.server = server;
            this.tried = java.util.List.copyOf(tried);
        }

        public String server() {
            return server;
        }

        public java.util.List<String> tried() {
            return tried;
        }
    }

    /** The server is shared with this account, not owned by it: only its owner may add providers and change libraries. */
    public static final class NotOwner extends PlexException {
        private final String server;

        public NotOwner(String server) {
            super("Plex server \"" + server + "\" is shared with this account, not owned by it", null);
            this.server = server;
        }

        public String server() {
            return server;
        }
    }
}
