package dev.stash2plex.core.stash;

import static dev.stash2plex.core.stash.AnswerFields.bool;
import static dev.stash2plex.core.stash.AnswerFields.optionalInt;
import static dev.stash2plex.core.stash.AnswerFields.optionalText;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Stash's JSON into our records, reading each field through {@link AnswerFields}. Stash sends
 * {@code ""} for empty texts although the schema says nullable, so every optional text is normalised
 * to null there ({@link AnswerFields#optionalText}), and nowhere else.
 */
final class SceneParser {

    /** Stash appends this to a performer or studio image URL when it would serve its generic picture. */
    private static final String PLACEHOLDER_MARK = "default=true";
    /** Stash's cache-buster in image URLs: the owner's {@code updated_at} as Unix seconds. */
    private static final Pattern IMAGE_VERSION = Pattern.compile("[?&]t=([0-9]{1,19})(?:&|$)");

    private static final Pattern OSHASH = Pattern.compile("[0-9a-fA-F]{16}");

    private final AnswerFields fields;

    SceneParser(AnswerFields fields) {
        this.fields = fields;
    }

    StashVersion version(JsonNode data) throws StashException {
        JsonNode version = fields.object(data, "version");
        JsonNode status = fields.object(data, "systemStatus");
        String text = optionalText(version, "version");
        return new StashVersion(text == null ? "" : text, fields.requiredText(status, "status"));
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
        fields.requireObject(scene, "scene");
        return new Scene(
                fields.requiredText(scene, "id"),
                optionalText(scene, "title"),
                optionalText(scene, "code"),
                optionalText(scene, "details"),
                optionalText(scene, "director"),
                fields.texts(scene, "urls"),
                optionalText(scene, "date"),
                optionalInt(scene, "rating100"),
                optionalText(scene, "updated_at"),
                studio(scene.get("studio")),
                fields.list(scene, "performers", this::performer),
                fields.list(scene, "tags",
                        tag -> new Tag(fields.requiredText(tag, "id"), fields.requiredText(tag, "name"))),
                fields.list(scene, "files", this::file),
                bool(scene, "organized"),
                fields.list(scene, "stash_ids",
                        id -> new StashId(fields.requiredText(id, "endpoint"), fields.requiredText(id, "stash_id"))));
    }

    /** {@code findScenes} with every field: its {@code count} (-1 when not asked for) and its scenes. */
    CatalogPage<Scene> fullScenes(JsonNode data) throws StashException {
        JsonNode found = fields.object(data, "findScenes");
        JsonNode count = found.get("count");
        return new CatalogPage<>(fields.list(found, "scenes", this::fullScene),
                count != null && count.canConvertToInt() ? count.asInt() : -1);
    }

    /** {@code findScenes} with ids only. */
    CatalogPage<String> sceneIds(JsonNode data) throws StashException {
        JsonNode found = fields.object(data, "findScenes");
        JsonNode count = found.get("count");
        return new CatalogPage<>(fields.list(found, "scenes", scene -> fields.requiredText(scene, "id")),
                count != null && count.canConvertToInt() ? count.asInt() : -1);
    }

    /** The {@code updated_at} of the first element of {@code data.<alias>.<field>}, or null when the list is empty. */
    String firstUpdatedAt(JsonNode data, String alias, String field) throws StashException {
        List<String> stamps = fields.list(fields.object(data, alias), field,
                item -> fields.requiredText(item, "updated_at"));
        return stamps.isEmpty() ? null : stamps.getFirst();
    }

    /** {@code data.<alias>.<field>[]} as id and updated_at pairs. */
    List<RelatedUpdate> relatedUpdates(JsonNode data, String alias, String field, RelatedUpdate.Kind kind)
            throws StashException {
        return fields.list(fields.object(data, alias), field,
                item -> new RelatedUpdate(kind, fields.requiredText(item, "id"),
                        fields.requiredText(item, "updated_at")));
    }

    /** The {@code findScenes.scenes} of a lookup. */
    List<SceneHit> hits(JsonNode data) throws StashException {
        JsonNode found = fields.object(data, "findScenes");
        return fields.list(found, "scenes", scene -> new SceneHit(
                fields.requiredText(scene, "id"),
                optionalText(scene, "title"),
                optionalText(scene, "date"),
                optionalText(scene, "updated_at"),
                fields.list(scene, "files", this::file),
                bool(scene, "organized")));
    }

    Studio studio(JsonNode studio) throws StashException {
        if (studio == null || studio.isNull()) {
            return null;
        }
        fields.requireObject(studio, "studio");
        return new Studio(fields.requiredText(studio, "id"), fields.requiredText(studio, "name"),
                hasImage(studio), imageVersion(studio), studio(studio.get("parent_studio")));
    }

    private Performer performer(JsonNode performer) throws StashException {
        return new Performer(fields.requiredText(performer, "id"), fields.requiredText(performer, "name"),
                optionalText(performer, "disambiguation"), optionalText(performer, "gender"), hasImage(performer),
                imageVersion(performer));
    }

    private SceneFile file(JsonNode file) throws StashException {
        String path = fields.requiredText(file, "path");
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

    private long parseLong(String text) throws StashException {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw fields.shape("size is not a number");
        }
    }
}
