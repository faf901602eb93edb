package dev.stash2plex.app.plex;

import dev.stash2plex.app.settings.Secret;
import java.net.URI;
import java.util.Objects;

/**
 * The Plex Media Server to talk to and the admin token to show it. The token is a {@link Secret}, so
 * this record prints safely.
 */
public record PlexTarget(URI url, Secret token) {

    public PlexTarget {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(token, "token");
    }

    /**
     * The server as this app reaches it. The settings hold Plex's address as the provider container
     * sees it, and its default {@code host.docker.internal} is this very machine, a name that usually
     * does not resolve outside a container: the app asks {@code 127.0.0.1} instead.
     *
     * @throws IllegalArgumentException when the text is not an http(s) URL with a host
     */
    public static PlexTarget fromSettings(String plexUrl, Secret token) {
        URI uri = URI.create(plexUrl.strip());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) URL with a host");
        }
        if (uri.getHost().equalsIgnoreCase(ProviderAddress.DOCKER_HOST)) {
            try {
                uri = new URI(uri.getScheme(), null, "127.0.0.1", uri.getPort(), uri.getPath(), null, null);
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException(e);
            }
        }
        return new PlexTarget(uri, token);
    }

    /**
     * The address this computer asks for the settings' {@code plexUrl} ({@link #fromSettings}), as a user
     * reads it in a result; the text itself when it is no http(s) URL.
     */
    public static String askedFromHere(String plexUrl) {
        try {
            return fromSettings(plexUrl, Secret.NONE).url().toString();
        } catch (IllegalArgumentException e) {
            return plexUrl.strip();
        }
    }

    /** The server's address for a path such as {@code /identity}, whatever path the user's URL ends with. */
    URI resolve(String pathAndQuery) {
        String base = url.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + pathAndQuery);
    }
}
