package dev.stash2plex.provider.plex;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stash2plex.core.guid.PlexIds;
import java.util.List;

/**
 * A Plex movie item, with the exact key casing of the protocol: lower camel case for scalars,
 * capitalised singular names for tag arrays. Absent values are omitted rather than sent as null.
 *
 * @param duration milliseconds
 * @param score 0–100, only in match answers
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
        @JsonProperty("studio") String studio,
        @JsonProperty("duration") Long duration,
        @JsonProperty("thumb") String thumb,
        @JsonProperty("art") String art,
        @JsonProperty("isAdult") Boolean isAdult,
        @JsonProperty("score") Integer score,
        @JsonProperty("Image") List<Image> images,
        @JsonProperty("Genre") List<Tag> genres,
        @JsonProperty("Role") List<Person> roles,
        @JsonProperty("Director") List<Person> directors,
        @JsonProperty("Studio") List<Tag> studios) {

    public static final String MOVIE = "movie";

    /** A match candidate: the identity and what the Fix Match list shows; the rest comes from the metadata call. */
    public static Metadata candidate(String sceneId, String title, Integer year, String originallyAvailableAt,
            String thumb, int score) {
        return new Metadata(sceneId, PlexIds.key(sceneId), PlexIds.guid(sceneId), MOVIE, title, originallyAvailableAt,
                year, null, null, null, thumb, null, null, score, null, null, null, null, null);
    }

    /** A tag-like entry: {@code {"tag": "…"}}. */
    public record Tag(@JsonProperty("tag") String tag) {
    }

    /** A person: cast ({@code Role}) or crew ({@code Director}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Person(
            @JsonProperty("tag") String tag,
            @JsonProperty("role") String role,
            @JsonProperty("thumb") String thumb,
            @JsonProperty("order") Integer order) {
    }
}
