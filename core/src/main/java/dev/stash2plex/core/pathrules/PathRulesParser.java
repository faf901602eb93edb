package dev.stash2plex.core.pathrules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads rule definitions from the two places users write them: the {@code S2P_PATH_RULES} environment value
 * (a JSON array) and the {@code path_rules} value of {@code provider.yml} (already parsed by the config loader).
 * Only the shape is checked here; {@link PathRules#compile} judges the patterns. Errors name the rule by its
 * position and name, because a user with ten rules needs to know which one to open.
 */
public final class PathRulesParser {

    // ObjectReader is immutable, so one shared instance is not shared mutable state.
    private static final ObjectReader READER = new ObjectMapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private PathRulesParser() {
    }

    /** Parses a JSON array of rules; a blank value means no rules, like an unset variable. */
    public static List<PathRuleDefinition> parseJson(String json) throws PathRuleException {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        JsonNode node;
        try {
            node = READER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw PathRuleException.inList("not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        }
        return fromNode(node);
    }

    /** Reads rules from an already parsed value (a YAML {@code path_rules} list, or parsed JSON). */
    public static List<PathRuleDefinition> fromNode(JsonNode node) throws PathRuleException {
        Objects.requireNonNull(node, "node");
        if (!node.isArray()) {
            throw PathRuleException.inList("must be a list of rules, got " + describe(node), null);
        }
        List<PathRuleDefinition> definitions = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            definitions.add(rule(i + 1, node.get(i)));
        }
        return List.copyOf(definitions);
    }

    private static PathRuleDefinition rule(int number, JsonNode node) throws PathRuleException {
        String name = node.path("name").isTextual() && !node.path("name").asText().isBlank()
                ? node.path("name").asText() : null;
        if (!node.isObject()) {
            throw PathRuleException.inRule(number, null,
                    "must be a map with name, plex_pattern and stash_pattern, got " + describe(node));
        }
        PathRuleDefinition definition;
        try {
            definition = READER.treeToValue(node, PathRuleDefinition.class);
        } catch (UnrecognizedPropertyException e) {
            throw PathRuleException.inRule(number, name, unknownKey(e.getPropertyName(), e.getKnownPropertyIds()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String key = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                    ? m.getPath().getLast().getFieldName() : "?";
            throw PathRuleException.inRule(number, name, "\"" + key + "\" " + expectation(e));
        }
        RuleCompiler.checkRequired(number, definition);
        return definition;
    }

    /** Jackson's wording names Java types and tokens; users wrote YAML, so say what the key wants. */
    private static String expectation(Exception e) {
        Class<?> wanted = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (wanted == boolean.class || wanted == Boolean.class) {
            return "must be true or false";
        }
        if (wanted == String.class) {
            return "must be text";
        }
        String problem = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
        return "has a value of the wrong type: " + problem;
    }

    /** A misspelt key is the usual cause, so the closest known key is offered first. */
    private static String unknownKey(String key, Collection<Object> knownIds) {
        List<String> known = knownIds.stream().map(String::valueOf).sorted().toList();
        String closest = known.stream().min(Comparator.comparingInt(candidate -> distance(key, candidate))).orElse(null);
        String hint = closest != null && distance(key, closest) <= 2 ? " (did you mean \"" + closest + "\"?)" : "";
        return "unknown key \"" + key + "\"" + hint + "; known keys: " + String.join(", ", known);
    }

    /** Levenshtein distance; keys are short, so the plain two-row table is enough. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case NULL, MISSING -> "nothing (null)";
            case OBJECT -> "a single map; wrap the rule in [ ]";
            case STRING -> "the text \"" + node.asText() + "\"";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT) + " " + node;
        };
    }
}
