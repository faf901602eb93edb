package dev.stash2plex.core.stash;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Stash's JSON into our records. Stash sends {@code ""} for empty texts although the schema
 * says nullable, so every optional text is normalised to null here, and nowhere else.
 */
final class SceneParser {

    /** Stash appends this to a performer or studio image URL when it would serve its generic picture. */
    private static final String PLACEHOLDER_MARK = "default=true";
    /** Stash's cache-buster in image URLs: the owner's {@code updated_at} as Unix seconds. */
    private static final Pattern IMAGE_VERSION = Pattern.compile("[?&]t=([0-9]{1,19})(?:&|$)");

    private static final Pattern OSHASH = Pattern.compile("[0-9a-fA-F]{16}");

    private final String host;

    SceneParser(String host) {
        this.host = host;
    }

    StashVersion version(JsonNode data) throws StashException {
        JsonNode version = object(data, "version");
        JsonNode status = object(data, "systemStatus");
        String text = optionalText(version, "version");
        return new StashVersion(text == null ? "" : text, requiredText(status, "status"));
    }

    Optional<Scene> scene(JsonNode data) throws StashException {
        JsonNode scene = data.get("findScene");
        if (scene == null || scene.isNull()) {
            return Optional.empty();
        }
        return Optional.of(fullScene(scene));
    }

    /** One scene object with every field the provider shows (the shape of find-scene and the index queries). */
    Scene fullScene(JsonNode scene) throws StashException {
        requireObject(scene, "scene");
        return new Scene(
                requiredText(scene, "id"),
                optionalText(scene, "title"),
                optionalText(scene, "code"),
                optionalText(scene, "details"),
                optionalText(scene, "director"),
                texts(scene, "urls"),
                optionalText(scene, "date"),
                optionalInt(scene, "rating100"),
                optionalText(scene, "updated_at"),
                studio(scene.get("studio")),
                list(scene, "performers", this::performer),
                list(scene, "tags", tag -> new Tag(requiredText(tag, "id"), requiredText(tag, "name"))),
                list(scene, "files", this::file),
                bool(scene, "organized"),
                list(scene, "stash_ids", id -> new StashId(requiredText(id, "endpoint"), requiredText(id, "stash_id"))));
    }

    /** {@code findScenes} with every field: its {@code count} (-1 when not asked for) and its scenes. */
    CatalogPage<Scene> fullScenes(JsonNode data) throws StashException {
        JsonNode found = object(data, "findScenes");
        JsonNode count = found.get("count");
        return new CatalogPage<>(list(found, "scenes", this::fullScene),
                count != null && count.canConvertToInt() ? count.asInt() : -1);
    }

    /** {@code findScenes} with ids only. */
    CatalogPage<String> sceneIds(JsonNode data) throws StashException {
        JsonNode found = object(data, "findScenes");
        JsonNode count = found.get("count");
        return new CatalogPage<>(list(found, "scenes", scene -> requiredText(scene, "id")),
                count != null && count.canConvertToInt() ? count.asInt() : -1);
    }

    /** The {@code updated_at} of the first element of {@code data.<alias>.<field>}, or null when the list is empty. */
    String firstUpdatedAt(JsonNode data, String alias, String field) throws StashException {
        List<String> stamps = list(object(data, alias), field, item -> requiredText(item, "updated_at"));
        return stamps.isEmpty() ? null : stamps.getFirst();
    }

    /** {@code data.<alias>.<field>[]} as id and updated_at pairs. */
    List<RelatedUpdate> relatedUpdates(JsonNode data, String alias, String field, RelatedUpdate.Kind kind)
            throws StashException {
        return list(object(data, alias), field,
                item -> new RelatedUpdate(kind, requiredText(item, "id"), requiredText(item, "updated_at")));
    }

    /** The {@code findScenes.scenes} of a lookup. */
    List<SceneHit> hits(JsonNode data) throws StashException {
        JsonNode found = object(data, "findScenes");
        return list(found, "scenes", scene -> new SceneHit(
                requiredText(scene, "id"),
                optionalText(scene, "title"),
                optionalText(scene, "date"),
                optionalText(scene, "updated_at"),
                list(scene, "files", this::file),
                bool(scene, "organized")));
    }

    Studio studio(JsonNode studio) throws StashException {
        if (studio == null || studio.isNull()) {
            return null;
        }
        requireObject(studio, "studio");
        return new Studio(requiredText(studio, "id"), requiredText(studio, "name"),
                hasImage(studio), imageVersion(studio), studio(studio.get("parent_studio")));
    }

    private Performer performer(JsonNode performer) throws StashException {
        return new Performer(requiredText(performer, "id"), requiredText(performer, "name"),
                optionalText(performer, "disambiguation"), optionalText(performer, "gender"), hasImage(performer),
                imageVersion(performer));
    }

    private SceneFile file(JsonNode file) throws StashException {
        String path = requiredText(file, "path");
        String basename = optionalText(file, "basename");
        if (basename == null) {
            basename = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        }
        JsonNode size = file.get("size");
        JsonNode duration = file.get("duration");
        // Int64 is a number in gqlgen's JSON, but a proxy or an old build may quote it.
        long bytes = size == null || size.isNull() ? 0 : size.isNumber() ? size.asLong() : parseLong(size.asText());
        return new SceneFile(path, basename, bytes, duration != null && duration.isNumber() ? duration.asDouble() : 0,
                oshash(file.get("fingerprints")));
    }

    /** The oshash among {@code fingerprints[]} (read by the index queries only), lower-cased; null when absent. */
    private static String oshash(JsonNode fingerprints) {
        if (fingerprints == null || !fingerprints.isArray()) {
            return null;
        }
        for (JsonNode fingerprint : fingerprints) {
            JsonNode type = fingerprint.get("type");
            JsonNode value = fingerprint.get("value");
            if (type != null && "oshash".equals(type.asText()) && value != null && value.isTextual()
                    && OSHASH.matcher(value.asText()).matches()) {
                return value.asText().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    boolean hasImage(JsonNode owner) {
        JsonNode path = owner.get("image_path");
        return path != null && path.isTextual() && !path.asText().isBlank()
                && !path.asText().contains(PLACEHOLDER_MARK);
    }

    /** Stash's own cache-buster, the {@code t} parameter of the image URL; "0" when absent. */
    static String imageVersion(JsonNode owner) {
        JsonNode path = owner.get("image_path");
        if (path == null || !path.isTextual()) {
            return "0";
        }
        Matcher t = IMAGE_VERSION.matcher(path.asText());
        return t.find() ? t.group(1) : "0";
    }

    <T> List<T> list(JsonNode owner, String field, Element<T> element) throws StashException {
        JsonNode items = owner.get(field);
        if (items == null || items.isNull()) {
            return List.of();
        }
        if (!items.isArray()) {
            throw shape(field + " is not a list");
        }
        List<T> parsed = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            requireObject(item, field + "[]");
            parsed.add(element.parse(item));
        }
        return parsed;
    }

    private List<String> texts(JsonNode owner, String field) throws StashException {
        JsonNode items = owner.get(field);
        if (items == null || items.isNull()) {
            return List.of();
        }
        if (!items.isArray()) {
            throw shape(field + " is not a list");
        }
        List<String> texts = new ArrayList<>();
        items.forEach(item -> {
            if (item.isTextual() && !item.asText().isBlank()) {
                texts.add(item.asText());
            }
        });
        return texts;
    }

    JsonNode object(JsonNode owner, String field) throws StashException {
        JsonNode value = owner.get(field);
        requireObject(value, field);
        return value;
    }

    private void requireObject(JsonNode value, String field) throws StashException {
        if (value == null || !value.isObject()) {
            throw shape(field + " is missing or not an object");
        }
    }

    String requiredText(JsonNode owner, String field) throws StashException {
        JsonNode value = owner.get(field);
        if (value == null || !(value.isTextual() || value.isNumber())) {
            throw shape(field + " is missing");
        }
        return value.asText();
    }

    static String optionalText(JsonNode owner, String field) {
        JsonNode value = owner.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    private static boolean bool(JsonNode owner, String field) {
        JsonNode value = owner.get(field);
        return value != null && value.isBoolean() && value.asBoolean();
    }

    static Integer optionalInt(JsonNode owner, String field) {
        JsonNode value = owner.get(field);
        return value != null && value.canConvertToInt() && value.isIntegralNumber() ? value.asInt() : null;
    }

    private long parseLong(String text) throws StashException {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw shape("size is not a number");
        }
    }

    private StashException.BadAnswer shape(String what) {
        return new StashException.BadAnswer("Stash at " + host + " answered in an unexpected shape: " + what, null);
    }

    /** A list element parser that may reject the element's shape. */
    @FunctionalInterface
    interface Element<T> {
        T parse(JsonNode item) throws StashException;
    }
}
