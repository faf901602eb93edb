package dev.stash2plex.provider.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Checks an answer against the field names and JSON types Plex's provider documentation gives
 * (Metadata, MediaContainer, the tag arrays), written out here from the documentation rather than
 * taken from our records: an unknown key, a wrong case ({@code Guid} vs {@code guid}) or a number
 * sent as text fails.
 */
public final class PlexConformance {

    private static final JsonNodeType TEXT = JsonNodeType.STRING;
    private static final JsonNodeType NUMBER = JsonNodeType.NUMBER;

    /** The Metadata object's scalars, as documented (plus score in match answers, and the TV parent fields). */
    private static final Map<String, JsonNodeType> METADATA_SCALARS = Map.ofEntries(
            Map.entry("ratingKey", TEXT), Map.entry("key", TEXT), Map.entry("guid", TEXT), Map.entry("type", TEXT),
            Map.entry("title", TEXT), Map.entry("originallyAvailableAt", TEXT), Map.entry("year", NUMBER),
            Map.entry("summary", TEXT), Map.entry("tagline", TEXT), Map.entry("studio", TEXT),
            Map.entry("contentRating", TEXT), Map.entry("duration", NUMBER), Map.entry("thumb", TEXT),
            Map.entry("art", TEXT), Map.entry("isAdult", JsonNodeType.BOOLEAN), Map.entry("score", NUMBER),
            Map.entry("index", NUMBER), Map.entry("parentRatingKey", TEXT), Map.entry("parentKey", TEXT),
            Map.entry("parentGuid", TEXT), Map.entry("parentTitle", TEXT), Map.entry("parentIndex", NUMBER),
            Map.entry("grandparentRatingKey", TEXT), Map.entry("grandparentKey", TEXT),
            Map.entry("grandparentGuid", TEXT), Map.entry("grandparentTitle", TEXT), Map.entry("childCount", NUMBER),
            Map.entry("leafCount", NUMBER));

    /** Each tag array's item fields. */
    private static final Map<String, Map<String, JsonNodeType>> METADATA_ARRAYS = Map.of(
            "Image", Map.of("type", TEXT, "url", TEXT, "alt", TEXT),
            "Genre", Map.of("tag", TEXT),
            "Studio", Map.of("tag", TEXT),
            "Role", Map.of("tag", TEXT, "role", TEXT, "thumb", TEXT, "order", NUMBER),
            "Director", Map.of("tag", TEXT, "role", TEXT, "thumb", TEXT, "order", NUMBER),
            "Guid", Map.of("id", TEXT),
            "Rating", Map.of("image", TEXT, "type", TEXT, "value", NUMBER),
            "Collection", Map.of("guid", TEXT, "key", TEXT, "tag", TEXT, "summary", TEXT, "art", TEXT, "thumb", TEXT));

    private static final Set<String> TYPES = Set.of("movie", "show", "season", "episode", "collection");
    private static final Set<String> IMAGE_TYPES = Set.of("coverPoster", "background", "backgroundSquare", "clearLogo",
            "snapshot");

    private PlexConformance() {
    }

    /** A whole answer of the movie provider: {@code {"MediaContainer": {...}}} with every Metadata in it. */
    public static void assertContainer(JsonNode answer) {
        assertContainer(answer, "tv.plex.agents.custom.stash2plex");
    }

    /** A whole answer of the provider {@code identifier}. */
    public static void assertContainer(JsonNode answer, String identifier) {
        assertThat(answer.size()).as("only MediaContainer at the top").isEqualTo(1);
        JsonNode container = answer.get("MediaContainer");
        assertThat(container).as("MediaContainer").isNotNull();
        for (String number : new String[] {"offset", "totalSize", "size"}) {
            assertThat(container.get(number).getNodeType()).as(number).isEqualTo(NUMBER);
        }
        assertThat(container.get("identifier").asText()).isEqualTo(identifier);
        JsonNode metadata = container.get("Metadata");
        assertThat(metadata.isArray()).as("Metadata is an array, even when empty").isTrue();
        assertThat(container.get("size").asInt()).isEqualTo(metadata.size());
        assertThat(container.get("totalSize").asInt()).isGreaterThanOrEqualTo(metadata.size());
        metadata.forEach(item -> assertMetadata(item, identifier));
    }

    public static void assertMetadata(JsonNode item, String identifier) {
        for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            assertThat(value.isNull()).as("%s is sent as null", name).isFalse();
            if (METADATA_SCALARS.containsKey(name)) {
                assertThat(value.getNodeType()).as("type of %s", name).isEqualTo(METADATA_SCALARS.get(name));
            } else if (METADATA_ARRAYS.containsKey(name)) {
                assertThat(value.isArray()).as("%s is an array", name).isTrue();
                value.forEach(entry -> assertEntry(name, entry, METADATA_ARRAYS.get(name)));
            } else if (name.equals("Children")) {
                assertThat(value.get("size").getNodeType()).isEqualTo(NUMBER);
                value.get("Metadata").forEach(child -> assertMetadata(child, identifier));
            } else {
                throw new AssertionError("Undocumented Metadata field \"" + name + "\" in " + item);
            }
        }
        for (String required : new String[] {"ratingKey", "key", "guid", "type", "title"}) {
            assertThat(item.has(required)).as("%s is present", required).isTrue();
        }
        assertThat(item.get("ratingKey").asText()).matches("[A-Za-z0-9_-]+");
        assertThat(TYPES).contains(item.get("type").asText());
        assertThat(item.get("guid").asText()).isEqualTo(identifier + "://" + item.get("type").asText()
                + "/" + item.get("ratingKey").asText());
        if (item.has("originallyAvailableAt")) {
            assertThat(item.get("originallyAvailableAt").asText()).matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
        }
        if (item.has("Image")) {
            item.get("Image").forEach(image -> assertThat(IMAGE_TYPES).contains(image.get("type").asText()));
        }
    }

    private static void assertEntry(String array, JsonNode entry, Map<String, JsonNodeType> fields) {
        assertThat(entry.isObject()).as("%s entries are objects", array).isTrue();
        entry.fields().forEachRemaining(field -> {
            assertThat(fields).as("documented fields of %s", array).containsKey(field.getKey());
            assertThat(field.getValue().getNodeType()).as("type of %s.%s", array, field.getKey())
                    .isEqualTo(fields.get(field.getKey()));
        });
    }
}
