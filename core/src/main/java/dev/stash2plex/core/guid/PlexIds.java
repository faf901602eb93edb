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
    public static final String COLLECTION_KEY = "/library/collections";

    /**
     * The TV provider (a studio is a show, a year of it a season, a scene an episode). Plex combines only
     * providers of the same types in one agent, so it is a provider of its own, with its own identifier,
     * registered at the movie provider's address with {@link #TV_ROOT} appended. The provider serves it;
     * the app registers it and gives TV libraries an agent led by it.
     */
    public static final String TV_IDENTIFIER = "tv.plex.agents.custom.stash2plex.tv";
    public static final String TV_TITLE = "Stash2Plex (TV: studios as shows)";
    public static final String TV_ROOT = "/tv";

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

    /** A collection's ratingKey: the kind of Stash object it stands for and its id, e.g. {@code studio-5}. */
    public static String collectionRatingKey(CollectionKind kind, String stashId) {
        return kind.prefix() + stashId;
    }

    public static String collectionGuid(String collectionRatingKey) {
        return IDENTIFIER + "://collection/" + collectionRatingKey;
    }

    /** Where Plex reads the collection itself. */
    public static String collectionKey(String collectionRatingKey) {
        return COLLECTION_KEY + "/" + collectionRatingKey;
    }

    /** Where Plex lists the collection's members (the {@code key} of a movie's {@code Collection} entry). */
    public static String collectionChildrenKey(String collectionRatingKey) {
        return collectionKey(collectionRatingKey) + "/children";
    }

    /** The Stash objects a collection can stand for; the prefix of its ratingKey says which. */
    public enum CollectionKind {
        STUDIO("studio-"), GROUP("group-"), TAG("tag-");

        private final String prefix;

        CollectionKind(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    /** The kind and Stash id of a collection ratingKey, or empty when it is not one of ours. */
    public static Optional<java.util.Map.Entry<CollectionKind, String>> parseCollection(String ratingKey) {
        if (ratingKey == null) {
            return Optional.empty();
        }
        for (CollectionKind kind : CollectionKind.values()) {
            if (ratingKey.startsWith(kind.prefix()) && isRatingKey(ratingKey.substring(kind.prefix().length()))) {
                return Optional.of(java.util.Map.entry(kind, ratingKey.substring(kind.prefix().length())));
            }
        }
        return Optional.empty();
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
