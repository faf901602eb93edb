package dev.stash2plex.provider.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The optional {@code provider.yml}: a flat mapping of lower-case setting keys. The original provider
 * silently ignored a malformed file; here it is an error with line and column, because a setting the
 * user believes is active but is not costs far more time than a clear refusal to start.
 */
final class YamlConfigFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private YamlConfigFile() {
    }

    /** The values in the file, or none when the file does not exist. */
    static Map<Setting, RawValue> read(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException e) {
            throw new ConfigException("Cannot read configuration file " + file + ": " + e.getMessage(), e);
        }
        JsonNode root = parse(file, text);
        if (root.isMissingNode() || root.isNull()) {
            return Map.of();
        }
        if (!root.isObject()) {
            throw new ConfigException("Configuration file " + file + " must be a mapping of keys such as stash_url: …");
        }
        Map<Setting, RawValue> values = new EnumMap<>(Setting.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            Setting setting = settingFor(file, field.getKey());
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            String origin = field.getKey() + " in " + file;
            values.put(setting, new RawValue(setting, value.isValueNode() ? value.asText() : null, value, origin));
        }
        return values;
    }

    private static JsonNode parse(Path file, String text) throws ConfigException {
        if (text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return YAML.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ConfigException("Malformed YAML in " + file + where + ": " + e.getOriginalMessage(), e);
        }
    }

    private static Setting settingFor(Path file, String key) throws ConfigException {
        for (Setting setting : Setting.values()) {
            if (setting.yamlKey().equals(key)) {
                return setting;
            }
        }
        String hint = key.toUpperCase(Locale.ROOT).startsWith(Setting.ENV_PREFIX)
                ? " (keys in the file are lower case without the S2P_ prefix, e.g. "
                        + key.substring(Setting.ENV_PREFIX.length()).toLowerCase(Locale.ROOT) + ")"
                : "";
        String known = Arrays.stream(Setting.values()).map(Setting::yamlKey).collect(Collectors.joining(", "));
        throw new ConfigException("Unknown key \"" + key + "\" in " + file + hint + "; known keys: " + known);
    }
}
