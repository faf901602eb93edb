package dev.stash2plex.app.settings;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.stash2plex.core.settings.Setting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The path rules in {@code config/provider.yml}, under the provider's own key {@code path_rules}: the
 * app mounts that folder read-only at {@code /config}, where the provider reads it. Other keys a user
 * put in the file are kept as they are.
 */
final class PathRulesFile {

    static final String KEY = Setting.PATH_RULES.yamlKey();

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private PathRulesFile() {
    }

    /** The whole document (an empty mapping for an empty file), so saving can keep the other keys. */
    static ObjectNode parse(Path file, String text) throws SettingsFileException.RulesFile {
        if (text.isBlank()) {
            return JsonNodeFactory.instance.objectNode();
        }
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new SettingsFileException.RulesFile(file, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!(root instanceof ObjectNode mapping)) {
            throw new SettingsFileException.RulesFile(file, 1, 1, "the file must be a mapping with the key " + KEY);
        }
        return mapping;
    }

    static List<PathRuleSetting> rules(Path file, ObjectNode document) throws SettingsFileException.RulesFile {
        JsonNode list = document.path(KEY);
        if (list.isMissingNode() || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new SettingsFileException.RulesFile(file, 0, 0, KEY + " must be a list of rules");
        }
        List<PathRuleSetting> rules = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode rule = list.get(i);
            String where = KEY + " entry " + (i + 1);
            if (!rule.isObject()) {
                throw new SettingsFileException.RulesFile(file, 0, 0, where + " must be a mapping");
            }
            rules.add(new PathRuleSetting(text(rule, "name"), text(rule, "plex_pattern"), text(rule, "stash_pattern"),
                    rule.path("case_insensitive").asBoolean(false), text(rule, "plex_library_root"),
                    text(rule, "test_plex_path"), text(rule, "test_stash_path")));
        }
        return List.copyOf(rules);
    }

    /** The document with its {@code path_rules} replaced; an empty rule list removes the key. */
    static String render(ObjectNode document, List<PathRuleSetting> rules) {
        ObjectNode copy = document.deepCopy();
        copy.remove(KEY);
        if (!rules.isEmpty()) {
            ArrayNode list = copy.putArray(KEY);
            rules.forEach(rule -> list.add(node(rule)));
        }
        if (copy.isEmpty()) {
            return "";
        }
        try {
            return YAML.writeValueAsString(copy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static ObjectNode node(PathRuleSetting rule) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("name", rule.name());
        node.put("plex_pattern", rule.plexPattern());
        node.put("stash_pattern", rule.stashPattern());
        node.put("case_insensitive", rule.caseInsensitive());
        putIfSet(node, "plex_library_root", rule.plexLibraryRoot());
        putIfSet(node, "test_plex_path", rule.testPlexPath());
        putIfSet(node, "test_stash_path", rule.testStashPath());
        return node;
    }

    private static void putIfSet(ObjectNode node, String key, String value) {
        if (!value.isEmpty()) {
            node.put(key, value);
        }
    }

    private static String text(JsonNode rule, String key) {
        JsonNode value = rule.path(key);
        return value.isValueNode() ? value.asText() : "";
    }
}
