package dev.stash2plex.provider.tv;

import dev.stash2plex.core.guid.PlexIds;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifiers of the TV layout — a studio is a show, a year of it a season, a scene an episode —
 * which, like the movie provider's, must never change once released. The layout is a provider of its
 * own (Plex combines only providers of the same types), so it has its own identifier and root path,
 * kept in core's {@link PlexIds} because the app registers it too.
 */
public final class TvIds {

    public static final String IDENTIFIER = PlexIds.TV_IDENTIFIER;
    public static final String TITLE = PlexIds.TV_TITLE;
    /** Where the TV provider is registered: {@code http://host:9090/tv}; its feature keys hang below. */
    public static final String ROOT = PlexIds.TV_ROOT;
    public static final String METADATA_KEY = "/library/metadata";
    public static final String MATCH_KEY = "/library/metadata/matches";

    /** Season 0, Plex's "Specials": the scenes without a date. */
    public static final int UNDATED_SEASON = 0;

    private static final Pattern SHOW = Pattern.compile("show-([0-9]{1,18})");
    private static final Pattern SEASON = Pattern.compile("season-([0-9]{1,18})-([0-9]{1,4})");
    private static final Pattern EPISODE = Pattern.compile("episode-([0-9]{1,18})");

    /** What a TV ratingKey names. */
    public sealed interface Item permits Show, Season, Episode {
    }

    public record Show(String studioId) implements Item {
    }

    /** @param year the season's number; {@link #UNDATED_SEASON} for the scenes without a date */
    public record Season(String studioId, int year) implements Item {
    }

    public record Episode(String sceneId) implements Item {
    }

    private TvIds() {
    }

    public static String showKey(String studioId) {
        return "show-" + studioId;
    }

    public static String seasonKey(String studioId, int year) {
        return "season-" + studioId + "-" + year;
    }

    public static String episodeKey(String sceneId) {
        return "episode-" + sceneId;
    }

    /** {@code tv.plex.agents.custom.stash2plex.tv://show/show-7}. */
    public static String guid(String type, String ratingKey) {
        return IDENTIFIER + "://" + type + "/" + ratingKey;
    }

    /** The item's path under the metadata feature (relative to the registered root, as Plex resolves it). */
    public static String key(String ratingKey) {
        return METADATA_KEY + "/" + ratingKey;
    }

    public static Optional<Item> parse(String ratingKey) {
        if (ratingKey == null) {
            return Optional.empty();
        }
        Matcher m;
        if ((m = SHOW.matcher(ratingKey)).matches()) {
            return Optional.of(new Show(m.group(1)));
        }
        if ((m = SEASON.matcher(ratingKey)).matches()) {
            return Optional.of(new Season(m.group(1), Integer.parseInt(m.group(2))));
        }
        if ((m = EPISODE.matcher(ratingKey)).matches()) {
            return Optional.of(new Episode(m.group(1)));
        }
        return Optional.empty();
    }

    /** The item one of our TV guids names (a re-match of an item Plex already holds), or empty. */
    public static Optional<Item> parseGuid(String guid) {
        if (guid == null || !guid.startsWith(IDENTIFIER + "://")) {
            return Optional.empty();
        }
        String rest = guid.substring(IDENTIFIER.length() + 3);
        int slash = rest.indexOf('/');
        return slash < 0 ? Optional.empty() : parse(rest.substring(slash + 1));
    }
}
