package dev.stash2plex.core.pathrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

class PathRulesParserTest {

    private static final PathRuleDefinition FULL = new PathRuleDefinition("nas", "^/plex/(.*)", "/stash/\\1", true,
            "/plex/", "a.mkv", "/stash/a.mkv");

    @Test
    void readsEveryKeyFromJson() throws Exception {
        String json = """
                [{"name":"nas","plex_pattern":"^/plex/(.*)","stash_pattern":"/stash/\\\\1","case_insensitive":true,
                  "plex_library_root":"/plex/","test_plex_path":"a.mkv","test_stash_path":"/stash/a.mkv"}]""";
        assertThat(PathRulesParser.parseJson(json)).containsExactly(FULL);
    }

    @Test
    void readsYamlWithBothQuotingStyles() throws Exception {
        JsonNode yaml = new YAMLMapper().readTree("""
                path_rules:
                  - name: single
                    plex_pattern: '^/plex/(.*)'
                    stash_pattern: '/stash/\\1'
                  - name: double
                    plex_pattern: "^/p/(.*)"
                    stash_pattern: "/s/\\\\1"
                    case_insensitive: true
                """).get("path_rules");
        assertThat(PathRulesParser.fromNode(yaml)).containsExactly(
                PathRuleDefinition.of("single", "^/plex/(.*)", "/stash/\\1"),
                PathRuleDefinition.of("double", "^/p/(.*)", "/s/\\1").withCaseInsensitive(true));
    }

    @Test
    void writesTheSameSnakeCaseKeys() throws Exception {
        String json = new ObjectMapper().writeValueAsString(PathRuleDefinition.of("nas", "^/plex/(.*)", "/s/\\1"));
        assertThat(json).isEqualTo(
                "{\"name\":\"nas\",\"plex_pattern\":\"^/plex/(.*)\",\"stash_pattern\":\"/s/\\\\1\",\"case_insensitive\":false}");
        assertThat(PathRulesParser.parseJson("[" + json + "]")).containsExactly(PathRuleDefinition.of("nas", "^/plex/(.*)", "/s/\\1"));
    }

    @Test
    void emptyListAndBlankMeanNoRules() throws Exception {
        assertThat(PathRulesParser.parseJson("[]")).isEmpty();
        assertThat(PathRulesParser.parseJson("  ")).isEmpty();
    }

    @Test
    void invalidJsonSaysWhere() {
        assertThatThrownBy(() -> PathRulesParser.parseJson("[\n  {\"name\": \"nas\",}\n]"))
                .isInstanceOf(PathRuleException.class)
                .hasMessageStartingWith("Path rules: not valid JSON at line 2, column 18: Unexpected character ('}'");
        assertThatThrownBy(() -> PathRulesParser.parseJson("[] []"))
                .hasMessageStartingWith("Path rules: not valid JSON at line 1, column 4: Trailing token");
    }

    @Test
    void somethingOtherThanAListIsRejected() {
        assertThatThrownBy(() -> PathRulesParser.parseJson("null"))
                .isInstanceOf(PathRuleException.class).hasMessage("Path rules: must be a list of rules, got nothing (null)");
        assertThatThrownBy(() -> PathRulesParser.parseJson("{\"name\":\"nas\"}"))
                .hasMessage("Path rules: must be a list of rules, got a single map; wrap the rule in [ ]");
        assertThatThrownBy(() -> PathRulesParser.fromNode(JsonNodeFactory.instance.nullNode()))
                .hasMessage("Path rules: must be a list of rules, got nothing (null)");
        assertThatThrownBy(() -> PathRulesParser.parseJson("[{\"name\":\"a\",\"plex_pattern\":\"^/a\",\"stash_pattern\":\"/b\"}, \"x\"]"))
                .hasMessage("Path rule 2: must be a map with name, plex_pattern and stash_pattern, got the text \"x\"");
    }

    @Test
    void unknownKeyIsNamedWithItsRule() {
        assertThatThrownBy(() -> PathRulesParser.parseJson("[{\"name\":\"nas\",\"plex_patern\":\"^/a\",\"stash_pattern\":\"/b\"}]"))
                .isInstanceOfSatisfying(PathRuleException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Path rule 1 \"nas\": unknown key \"plex_patern\" "
                            + "(did you mean \"plex_pattern\"?); known keys: case_insensitive, name, plex_library_root, "
                            + "plex_pattern, stash_pattern, test_plex_path, test_stash_path");
                    assertThat(e.ruleName()).contains("nas");
                });
    }

    @Test
    void unrelatedUnknownKeyGetsNoSuggestion() {
        assertThatThrownBy(() -> PathRulesParser.parseJson("[{\"name\":\"a\",\"plex_pattern\":\"^/a\",\"stash_pattern\":\"/b\","
                + "\"S2P_STASH_URL\":\"x\"}]"))
                .hasMessage("Path rule 1 \"a\": unknown key \"S2P_STASH_URL\"; known keys: case_insensitive, name, "
                        + "plex_library_root, plex_pattern, stash_pattern, test_plex_path, test_stash_path");
    }

    @Test
    void missingRequiredKeysNameTheRuleAndTheKey() {
        assertThatThrownBy(() -> PathRulesParser.parseJson("[{\"plex_pattern\":\"^/a\",\"stash_pattern\":\"/b\"}]"))
                .hasMessage("Path rule 1: is missing \"name\"");
        assertThatThrownBy(() -> PathRulesParser.parseJson("[{\"name\":\"a\",\"plex_pattern\":\"^/a\",\"stash_pattern\":\"/b\"},"
                + "{\"name\":\"b\",\"stash_pattern\":\"/b\"}]"))
                .hasMessage("Path rule 2 \"b\": is missing \"plex_pattern\"");
        assertThatThrownBy(() -> PathRulesParser.parseJson("[{\"name\":\"a\",\"plex_pattern\":\"^/a\",\"stash_pattern\":null}]"))
                .hasMessage("Path rule 1 \"a\": is missing \"stash_pattern\"");
    }

    @Test
    void wrongValueTypeNamesTheKey() {
        assertThatThrownBy(() -> PathRulesParser.parseJson(
                "[{\"name\":\"a\",\"plex_pattern\":\"^/a\",\"stash_pattern\":\"/b\",\"case_insensitive\":\"maybe\"}]"))
                .hasMessage("Path rule 1 \"a\": \"case_insensitive\" must be true or false");
        assertThatThrownBy(() -> PathRulesParser.parseJson("[{\"name\":\"a\",\"plex_pattern\":[\"^/a\"],\"stash_pattern\":\"/b\"}]"))
                .hasMessage("Path rule 1 \"a\": \"plex_pattern\" must be text");
    }
}
