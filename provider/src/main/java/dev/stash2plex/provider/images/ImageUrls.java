package dev.stash2plex.provider.images;

import dev.stash2plex.core.stash.ImageKind;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builds the absolute image URLs handed to Plex. They point at this provider, never at Stash, so
 * the API key stays here; the version segment changes when Stash's picture changes, because Plex
 * caches artwork by URL and would otherwise never notice.
 */
public final class ImageUrls {

    /** Host header values we are willing to echo back into a URL: a name or address and a port. */
    private static final Pattern SAFE_HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+](:[0-9]{1,5})?");

    private final Optional<URI> publicUrl;
    private final int port;

    /**
     * @param publicUrl the configured {@code S2P_PUBLIC_URL}, if any
     * @param port the port we listen on, for the fallback when a request carries no usable Host header
     */
    public ImageUrls(Optional<URI> publicUrl, int port) {
        this.publicUrl = publicUrl;
        this.port = port;
    }

    /** The base for a request whose Host header said {@code hostHeader} (may be null or hostile). */
    public String baseFor(String hostHeader) {
        if (publicUrl.isPresent()) {
            String base = publicUrl.get().toString();
            return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        }
        if (hostHeader != null && SAFE_HOST.matcher(hostHeader).matches()) {
            return "http://" + hostHeader.toLowerCase(Locale.ROOT);
        }
        return "http://localhost:" + port;
    }

    /** {@code {base}/images/scene/12/1700000000}; the version is whatever changes with the picture. */
    public String url(String base, ImageKind kind, String id, String version) {
        String safeVersion = version == null || version.isBlank() ? "0" : URLEncoder.encode(version, StandardCharsets.UTF_8);
        return base + "/images/" + ImageRoutes.segment(kind) + "/" + id + "/" + safeVersion;
    }

    /** A URL-safe version from Stash's {@code updated_at}: its epoch seconds, as Stash's own {@code ?t=} uses. */
    public static String versionOf(String updatedAt) {
        if (updatedAt == null || updatedAt.isBlank()) {
            return "0";
        }
        try {
            return Long.toString(OffsetDateTime.parse(updatedAt).toEpochSecond());
        } catch (DateTimeParseException e) {
            return Integer.toHexString(updatedAt.hashCode());
        }
    }
}
