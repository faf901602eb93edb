package dev.stash2plex.provider.match;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import java.util.Map;

/**
 * Reads a match request leniently, as the protocol demands: a JSON body, query parameters, or both;
 * numbers as numbers or numeric strings. A body that is not a JSON object counts as empty, because a
 * match answer must be 200 whatever arrives.
 */
public final class MatchRequestParser {

    private final ObjectMapper json;

    public MatchRequestParser(ObjectMapper json) {
        this.json = json;
    }

    public MatchRequest parse(String body, Map<String, List<String>> query) {
        JsonNode root = tree(body);
        return new MatchRequest(
                number(root, query, "type"),
                text(root, query, "title"),
                number(root, query, "year"),
                text(root, query, "guid"),
                filename(root, query),
                Integer.valueOf(1).equals(number(root, query, "manual")));
    }

    private JsonNode tree(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode root = json.readTree(body);
            return root != null && root.isObject() ? root : MissingNode.getInstance();
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    /** Some senders nest the file under Media[0].Part[0].file instead of {@code filename}. */
    private static String filename(JsonNode root, Map<String, List<String>> query) {
        String filename = text(root, query, "filename");
        if (filename != null) {
            return filename;
        }
        JsonNode file = root.path("Media").path(0).path("Part").path(0).path("file");
        return file.isTextual() && !file.asText().isBlank() ? file.asText() : null;
    }

    private static String text(JsonNode root, Map<String, List<String>> query, String field) {
        JsonNode node = root.path(field);
        String value = node.isValueNode() && !node.isNull() ? node.asText() : first(query, field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Integer number(JsonNode root, Map<String, List<String>> query, String field) {
        JsonNode node = root.path(field);
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? 1 : 0;
        }
        String text = node.isTextual() ? node.asText() : first(query, field);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String first(Map<String, List<String>> query, String field) {
        List<String> values = query.get(field);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
