package dev.stash2plex.provider.plex;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stash2plex.core.guid.PlexIds;
import java.util.List;

/**
 * A Plex item — movie, show, season, episode or collection — with the exact key casing of the
 * protocol: lower camel case for scalars, capitalised singular names for tag arrays. Absent values are
 * omitted rather than sent as null. Build one with {@link #builder}.
 *
 * @param duration milliseconds
 * @param score 0–100, only in match answers
 * @param index an episode's or season's number; a group collection's order is not here but in the children's order
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Metadata(
        @JsonProperty("ratingKey") String ratingKey,
        @JsonProperty("key") String key,
        @JsonProperty("guid") String guid,
        @JsonProperty("type") String type,
        @JsonProperty("title") String title,
        @JsonProperty("originallyAvailableAt") String originallyAvailableAt,
        @JsonProperty("year") Integer year,
        @JsonProperty("summary") String summary,
        @JsonProperty("tagline") String tagline,
        @JsonProperty("studio") String studio,
        @JsonProperty("contentRating") String contentRating,
        @JsonProperty("duration") Long duration,
        @JsonProperty("thumb") String thumb,
        @JsonProperty("art") String art,
        @JsonProperty("isAdult") Boolean isAdult,
        @JsonProperty("score") Integer score,
        @JsonProperty("index") Integer index,
        @JsonProperty("parentRatingKey") String parentRatingKey,
        @JsonProperty("parentKey") String parentKey,
        @JsonProperty("parentGuid") String parentGuid,
        @JsonProperty("parentTitle") String parentTitle,
        @JsonProperty("parentIndex") Integer parentIndex,
        @JsonProperty("grandparentRatingKey") String grandparentRatingKey,
        @JsonProperty("grandparentKey") String grandparentKey,
        @JsonProperty("grandparentGuid") String grandparentGuid,
        @JsonProperty("grandparentTitle") String grandparentTitle,
        @JsonProperty("childCount") Integer childCount,
        @JsonProperty("leafCount") Integer leafCount,
        @JsonProperty("Image") List<Image> images,
        @JsonProperty("Genre") List<Tag> genres,
        @JsonProperty("Role") List<Person> roles,
        @JsonProperty("Director") List<Person> directors,
        @JsonProperty("Studio") List<Tag> studios,
        @JsonProperty("Guid") List<GuidId> guids,
        @JsonProperty("Rating") List<Rating> ratings,
        @JsonProperty("Collection") List<CollectionTag> collections,
        @JsonProperty("Children") Children children) {

    public static final String MOVIE = "movie";
    public static final String SHOW = "show";
    public static final String SEASON = "season";
    public static final String EPISODE = "episode";
    public static final String COLLECTION = "collection";

    /** A match candidate: the identity and what the Fix Match list shows; the rest comes from the metadata call. */
    public static Metadata candidate(String sceneId, String title, Integer year, String originallyAvailableAt,
            String thumb, int score) {
        return builder(sceneId, PlexIds.key(sceneId), PlexIds.guid(sceneId), MOVIE, title)
                .originallyAvailableAt(originallyAvailableAt).year(year).thumb(thumb).score(score).build();
    }

    /** This item as a match candidate of that confidence. */
    public Metadata withScore(Integer newScore) {
        return new Metadata(ratingKey, key, guid, type, title, originallyAvailableAt, year, summary, tagline, studio,
                contentRating, duration, thumb, art, isAdult, newScore, index, parentRatingKey, parentKey, parentGuid,
                parentTitle, parentIndex, grandparentRatingKey, grandparentKey, grandparentGuid, grandparentTitle,
                childCount, leafCount, images, genres, roles, directors, studios, guids, ratings, collections, children);
    }

    /** This item with its children inlined ({@code includeChildren=1}). */
    public Metadata withChildren(List<Metadata> items) {
        return new Metadata(ratingKey, key, guid, type, title, originallyAvailableAt, year, summary, tagline, studio,
                contentRating, duration, thumb, art, isAdult, score, index, parentRatingKey, parentKey, parentGuid,
                parentTitle, parentIndex, grandparentRatingKey, grandparentKey, grandparentGuid, grandparentTitle,
                childCount, leafCount, images, genres, roles, directors, studios, guids, ratings, collections,
                new Children(items.size(), List.copyOf(items)));
    }

    public static Builder builder(String ratingKey, String key, String guid, String type, String title) {
        return new Builder(ratingKey, key, guid, type, title);
    }

    /** A tag-like entry: {@code {"tag": "…"}}. */
    public record Tag(@JsonProperty("tag") String tag) {
    }

    /** An external id: {@code {"id": "stashdb://…"}}. */
    public record GuidId(@JsonProperty("id") String id) {
    }

    /**
     * A rating badge.
     *
     * @param value 0–10
     */
    public record Rating(@JsonProperty("image") String image, @JsonProperty("type") String type,
            @JsonProperty("value") double value) {
    }

    /** A collection the item belongs to: {@code key} is where its members are listed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CollectionTag(
            @JsonProperty("guid") String guid,
            @JsonProperty("key") String key,
            @JsonProperty("tag") String tag,
            @JsonProperty("summary") String summary,
            @JsonProperty("thumb") String thumb,
            @JsonProperty("art") String art) {
    }

    /** A show's seasons or a season's episodes, inlined when Plex asks with {@code includeChildren=1}. */
    public record Children(
            @JsonProperty("size") int size,
            @JsonProperty("Metadata") List<Metadata> metadata) {
    }

    /** A person: cast ({@code Role}) or crew ({@code Director}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Person(
            @JsonProperty("tag") String tag,
            @JsonProperty("role") String role,
            @JsonProperty("thumb") String thumb,
            @JsonProperty("order") Integer order) {
    }

    /** Fluent and single-threaded: the identity is required, everything else optional. */
    public static final class Builder {
        private final String ratingKey;
        private final String key;
        private final String guid;
        private final String type;
        private final String title;
        private String originallyAvailableAt;
        private Integer year;
        private String summary;
        private String tagline;
        private String studio;
        private String contentRating;
        private Long duration;
        private String thumb;
        private String art;
        private Boolean isAdult;
        private Integer score;
        private Integer index;
        private String parentRatingKey;
        private String parentKey;
        private String parentGuid;
        private String parentTitle;
        private Integer parentIndex;
        private String grandparentRatingKey;
        private String grandparentKey;
        private String grandparentGuid;
        private String grandparentTitle;
        private Integer childCount;
        private Integer leafCount;
        private List<Image> images;
        private List<Tag> genres;
        private List<Person> roles;
        private List<Person> directors;
        private List<Tag> studios;
        private List<GuidId> guids;
        private List<Rating> ratings;
        private List<CollectionTag> collections;
        private Children children;

        private Builder(String ratingKey, String key, String guid, String type, String title) {
            this.ratingKey = ratingKey;
            this.key = key;
            this.guid = guid;
            this.type = type;
            this.title = title;
        }

        public Builder originallyAvailableAt(String value) { originallyAvailableAt = value; return this; }

        public Builder year(Integer value) { year = value; return this; }

        public Builder summary(String value) { summary = value; return this; }

        public Builder tagline(String value) { tagline = value; return this; }

        public Builder studio(String value) { studio = value; return this; }

        public Builder contentRating(String value) { contentRating = value; return this; }

        public Builder duration(Long value) { duration = value; return this; }

        public Builder thumb(String value) { thumb = value; return this; }

        public Builder art(String value) { art = value; return this; }

        public Builder isAdult(Boolean value) { isAdult = value; return this; }

        public Builder score(Integer value) { score = value; return this; }

        public Builder index(Integer value) { index = value; return this; }

        /** The item one level up (an episode's season, a season's show). */
        public Builder parent(String ratingKeyOfParent, String keyOfParent, String guidOfParent, String titleOfParent,
                Integer indexOfParent) {
            parentRatingKey = ratingKeyOfParent;
            parentKey = keyOfParent;
            parentGuid = guidOfParent;
            parentTitle = titleOfParent;
            parentIndex = indexOfParent;
            return this;
        }

        /** The item two levels up (an episode's show). */
        public Builder grandparent(String ratingKeyOfGrandparent, String keyOfGrandparent, String guidOfGrandparent,
                String titleOfGrandparent) {
            grandparentRatingKey = ratingKeyOfGrandparent;
            grandparentKey = keyOfGrandparent;
            grandparentGuid = guidOfGrandparent;
            grandparentTitle = titleOfGrandparent;
            return this;
        }

        public Builder childCount(Integer value) { childCount = value; return this; }

        public Builder leafCount(Integer value) { leafCount = value; return this; }

        public Builder images(List<Image> value) { images = value; return this; }

        public Builder genres(List<Tag> value) { genres = value; return this; }

        public Builder roles(List<Person> value) { roles = value; return this; }

        public Builder directors(List<Person> value) { directors = value; return this; }

        public Builder studios(List<Tag> value) { studios = value; return this; }

        public Builder guids(List<GuidId> value) { guids = value; return this; }

        public Builder ratings(List<Rating> value) { ratings = value; return this; }

        public Builder collections(List<CollectionTag> value) { collections = value; return this; }

        public Builder children(Children value) { children = value; return this; }

        public Metadata build() {
            return new Metadata(ratingKey, key, guid, type, title, originallyAvailableAt, year, summary, tagline, studio,
                    contentRating, duration, thumb, art, isAdult, score, index, parentRatingKey, parentKey, parentGuid,
                    parentTitle, parentIndex, grandparentRatingKey, grandparentKey, grandparentGuid, grandparentTitle,
                    childCount, leafCount, images, genres, roles, directors, studios, guids, ratings, collections, children);
        }
    }
}
