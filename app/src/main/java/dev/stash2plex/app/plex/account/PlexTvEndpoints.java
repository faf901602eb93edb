package dev.stash2plex.app.plex.account;

import java.net.URI;
import java.util.Objects;

/**
 * Where the Plex account service lives: its API (PINs, the account's servers, the user) and the page
 * where the user approves a sign-in. The app uses {@link #PLEX_TV}; tests hand in their fake's address,
 * so no test ever reaches plex.tv.
 *
 * @param api        the API's base, e.g. {@code https://plex.tv}
 * @param signInPage the page the browser opens; the PIN travels in its fragment
 */
public record PlexTvEndpoints(URI api, URI signInPage) {

    public static final PlexTvEndpoints PLEX_TV = new PlexTvEndpoints(URI.create("https://plex.tv"),
            URI.create("https://app.plex.tv/auth"));

    public PlexTvEndpoints {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(signInPage, "signInPage");
    }

    URI resolve(String pathAndQuery) {
        String base = api.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + pathAndQuery);
    }
}
