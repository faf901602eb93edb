package dev.stash2plex.core.guid;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The identifiers Plex stores for every matched item. They must never change once released: Plex
 * keeps the guid, and a different scheme would orphan every match users have made.
 */
public final class PlexIds {

    public static final String IDENTIFIER = "tv.plex.agents.custom.stash2plex";
    public static final String TITLE = "Stash2Plex";
    public static final String METADATA_KEY = "/library/metadata";
    public static final String MATCH_KEY = "/library/metadata/matches";

    private static final String MOVIE_GUID_PREFIX = IDENTIFIER + "://movie/";
    /** Stash scene ids are positive integers; 18 digits keeps them inside a long. */
    private static final Pattern RATING_KEY = Pattern.compile("[0-9]{1,18}");

    private PlexIds() {
    }

    public static String guid(String sceneId) {
        return MOVIE_GUID_PREFIX + sceneId;
    }

    public static String key(String sceneId) {
        return METADATA_KEY + "/" + sceneId;
    }

    /** Whether a ratingKey has our form (the Stash scene id): anything else is a malformed request. */
    public static boolean isRatingKey(String text) {
        return text != null && RATING_KEY.matcher(text).matches();
    }

    /** The scene id inside one of our guids; empty for any other guid (imdb://…, another provider's). */
    public static Optional<String> sceneIdOf(String guid) {
        if (guid == null || !guid.startsWith(MOVIE_GUID_PREFIX)) {
            return Optional.empty();
        }
        String id = guid.substring(MOVIE_GUID_PREFIX.length());
        return isRatingKey(id) ? Optional.of(id) : Optional.empty();
    }
}
