package dev.stash2plex.provider.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.stash2plex.core.secrets.Redactor;
import dev.stash2plex.core.settings.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The optional {@code provider.yml}: a flat mapping of lower-case setting keys. The original provider
 * silently ignored a malformed file; here it is an error with line and column, because a setting the
 * user believes is active but is not costs far more time than a clear refusal to start.
 */
final class YamlConfigFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern SECRET_LINE = Pattern.compile("\\s*(" + Arrays.stream(Setting.values())
            .filter(Setting::secret).map(Setting::yamlKey).collect(Collectors.joining("|")) + ")\\s*:(.*)");

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
            String message = "Malformed YAML in " + file + where + secretLine(text, at) + ": " + problem(e);
            // Without the cause: its text quotes the broken line, which may be the key's.
            throw new ConfigException(Redactor.of(secretValues(text)).redact(message));
        }
    }

    /**
     * The parser's description of the problem without the excerpt of the file it appends (SnakeYAML
     * quotes the offending line with a caret under it, which for a broken {@code stash_api_key:} line
     * would print the key).
     */
    private static String problem(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked) {
            String context = marked.getContext();
            String problem = marked.getProblem();
            return (context == null ? "" : context + ": ") + (problem == null ? "syntax error" : problem);
        }
        String original = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage();
        int excerpt = original.indexOf('\n');
        return excerpt < 0 ? original : original.substring(0, excerpt);
    }

    /** " (the stash_api_key line, not shown)" when the error is on a secret's line, so the user knows where to look. */
    private static String secretLine(String text, JsonLocation at) {
        if (at == null || at.getLineNr() < 1) {
            return "";
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        if (at.getLineNr() > lines.length) {
            return "";
        }
        Matcher line = SECRET_LINE.matcher(lines[at.getLineNr() - 1]);
        return line.matches() ? " (the " + line.group(1) + " line, not shown)" : "";
    }

    /** Whatever follows a secret's key on any line, with and without quotes: hidden from the message. */
    private static List<String> secretValues(String text) {
        List<String> values = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n")) {
            Matcher secret = SECRET_LINE.matcher(line);
            if (secret.matches()) {
                String value = secret.group(2).strip();
                values.add(value);
                values.add(value.replaceAll("^[\"']+|[\"']+$", ""));
            }
        }
        return values;
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
