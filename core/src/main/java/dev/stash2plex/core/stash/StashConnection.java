package dev.stash2plex.core.stash;

import dev.stash2plex.core.secrets.SecretText;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach one Stash server, and how gently to treat it.
 *
 * @param baseUrl where Stash's UI is, with or without a trailing slash; a reverse-proxy prefix
 *                such as {@code http://nas/stash} is kept, so GraphQL goes to {@code {base}/graphql}
 * @param apiKey Stash's API key, or null when Stash has no credentials configured. Blank means
 *               null, because Stash answers 401 to any non-empty key it does not expect.
 * @param requestTimeout how long one request may take, and also how long a request may wait for
 *                       a free slot under {@code maxConcurrentRequests}
 * @param maxConcurrentRequests requests in flight to Stash at once; a Plex library scan must not
 *                              flood it
 * @param cacheTtl how long scene lookups are reused; {@link Duration#ZERO} turns the cache off
 */
public record StashConnection(
        URI baseUrl,
        String apiKey,
        Duration connectTimeout,
        Duration requestTimeout,
        int maxConcurrentRequests,
        Duration cacheTtl) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 8;
    public static final Duration DEFAULT_CACHE_TTL = Duration.ofSeconds(30);

    public StashConnection {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("Stash URL must start with http:// or https://");
        }
        if (baseUrl.getHost() == null) {
            throw new IllegalArgumentException("Stash URL has no host name");
        }
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            // A query could be someone's ?apikey=…; we send the key in a header only.
            throw new IllegalArgumentException("Stash URL must not have a query or fragment (host "
                    + baseUrl.getHost() + ")");
        }
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        if (maxConcurrentRequests < 1) {
            throw new IllegalArgumentException("maxConcurrentRequests must be at least 1: " + maxConcurrentRequests);
        }
        Objects.requireNonNull(cacheTtl, "cacheTtl");
        if (cacheTtl.isNegative()) {
            throw new IllegalArgumentException("cacheTtl must not be negative: " + cacheTtl);
        }
    }

    /** The defaults the provider uses when only the URL and key are configured. */
    public static StashConnection of(URI baseUrl, String apiKey) {
        return new StashConnection(baseUrl, apiKey, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT,
                DEFAULT_MAX_CONCURRENT_REQUESTS, DEFAULT_CACHE_TTL);
    }

    public boolean hasApiKey() {
        return apiKey != null;
    }

    /**
     * Why the key cannot be sent as a header, e.g. {@code "contains an invisible or non-ASCII character at
     * position 17 (U+200B ZERO WIDTH SPACE)"}; empty when it can (or there is none). Not checked in the
     * constructor: callers such as the desktop app's connection test get it as {@link StashException.Unauthorized}.
     */
    public Optional<String> apiKeyProblem() {
        return hasApiKey() ? SecretText.problem(apiKey) : Optional.empty();
    }

    /** {@code path} (starting with {@code /}) under the base URL, keeping any proxy prefix. */
    public URI resolve(String path) {
        String base = baseUrl.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + path);
    }

    /** {@code host:port} for messages and logs: names the server, never carries a secret. */
    public String hostLabel() {
        return baseUrl.getPort() < 0 ? baseUrl.getHost() : baseUrl.getHost() + ":" + baseUrl.getPort();
    }

    /** Without the key (and without any user info in the URL), so the record can be logged. */
    @Override
    public String toString() {
        return "StashConnection[baseUrl=" + baseUrl.getScheme() + "://" + hostLabel()
                + (baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath())
                + ", apiKey=" + (hasApiKey() ? "<set>" : "<none>")
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                + ", maxConcurrentRequests=" + maxConcurrentRequests + ", cacheTtl=" + cacheTtl + "]";
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
