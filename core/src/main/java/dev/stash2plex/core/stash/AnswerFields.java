package dev.stash2plex.core.stash;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one field of a Stash answer. A field of the wrong shape fails the whole answer with a
 * {@link StashException.BadAnswer} naming the host, so a changed Stash is reported rather than misread.
 */
final class AnswerFields {

    private final String host;

    AnswerFields(String host) {
        this.host = host;
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

    List<String> texts(JsonNode owner, String field) throws StashException {
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

    void requireObject(JsonNode value, String field) throws StashException {
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

    /** Null when absent, null or blank: Stash sends {@code ""} for empty texts although the schema says nullable. */
    static String optionalText(JsonNode owner, String field) {
        JsonNode value = owner.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    static boolean bool(JsonNode owner, String field) {
        JsonNode value = owner.get(field);
        return value != null && value.isBoolean() && value.asBoolean();
    }

    static Integer optionalInt(JsonNode owner, String field) {
        JsonNode value = owner.get(field);
        return value != null && value.canConvertToInt() && value.isIntegralNumber() ? value.asInt() : null;
    }

    StashException.BadAnswer shape(String what) {
        return new StashException.BadAnswer("Stash at " + host + " answered in an unexpected shape: " + what, null);
    }

    /** A list element parser that may reject the element's shape. */
    @FunctionalInterface
    interface Element<T> {
        T parse(JsonNode item) throws StashException;
    }
}
