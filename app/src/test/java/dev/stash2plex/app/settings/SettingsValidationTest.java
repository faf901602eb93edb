package dev.stash2plex.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SettingsValidationTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:9999", "http://192.168.1.20:9999", "http://nas.local:9999",
            "http://[fd00::5]:9999", "https://stash.example.com", "http://nas:9999/", "https://home.lan/stash",
            "HTTP://NAS:9999", " http://localhost:9999 "})
    void acceptsHomeNetworkAddresses(String url) {
        assertThat(SettingsValidation.url(url, true)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|URL_MISSING", "192.168.1.20:9999|URL_SCHEME", "localhost:9999|URL_SCHEME", "ftp://nas|URL_SCHEME",
            "http://|URL_HOST", "http://nas box|URL_SPACES", "http://nas_box:9999|URL_HOST",
            "http://192.168.1.20:99999|URL_PORT", "http://nas:abc|URL_PORT", "http://nas:0|URL_PORT", "http://nas:|URL_PORT",
            "http://[fd00::zz]:9999|URL_HOST", "http://nas:9999/?x=1|URL_EXTRA", "http://u:p@nas:9999|URL_EXTRA",
            "http://nas:9999/#top|URL_EXTRA"})
    void refusesTheRestWithAReason(String url, FieldProblem expected) {
        assertThat(SettingsValidation.url(url, true)).contains(expected);
    }

    @Test
    void optionalUrlMayBeEmptyAndPortsAreBounded() {
        assertThat(SettingsValidation.url("", false)).isEmpty();
        assertThat(SettingsValidation.port(1)).isEmpty();
        assertThat(SettingsValidation.port(65535)).isEmpty();
        assertThat(SettingsValidation.port(0)).contains(FieldProblem.PORT_RANGE);
        assertThat(SettingsValidation.port(65536)).contains(FieldProblem.PORT_RANGE);
        assertThat(SettingsValidation.apiKey(" ")).contains(FieldProblem.KEY_MISSING);
        assertThat(SettingsValidation.apiKey("abc${X}")).contains(FieldProblem.NOT_STORABLE);
    }

    @Test
    void flagsTheRuleWithTheBadRegex() {
        List<RuleProblem> problems = PathRuleValidation.check(List.of(
                PathRuleSetting.of("nas", "^/plex/(.*)", "/stash/\\1"),
                PathRuleSetting.of("broken", "^/plex/(.*", "/stash/\\1"),
                PathRuleSetting.of("nas", "^/x/(.*)", "/y/\\1")));
        assertThat(problems).extracting(RuleProblem::index, RuleProblem::problem).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, FieldProblem.RULE_PLEX_PATTERN_INVALID),
                org.assertj.core.groups.Tuple.tuple(2, FieldProblem.RULE_NAME_TWICE));
        assertThat(problems.getFirst().detail()).contains("Unclosed group");
    }

    /** Every way a pasted key goes wrong: the field says what and where, and the message never holds the key. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'ab\u200Bcdef'|INVISIBLE|U+200B|3",
            "'\uFEFFabcdef'|INVISIBLE|U+FEFF|1",
            "'abc\r\ndef'|LINE_BREAK|U+000D|4",
            "'abc\ndef'|LINE_BREAK|U+000A|4",
            "'\u201Cabcdef\u201D'|QUOTE|U+201C|1",
            "'abc\u2019def'|QUOTE|U+2019|4",
            "'abc\u007Fdef'|CONTROL|U+007F|4",
            "'abc def'|SPACE|U+0020|4",
            "'abc\u00A0def'|SPACE|U+00A0|4",
            "'  abc\u00E9def'|NOT_ASCII|U+00E9|6"})
    void aKeyOrTokenThatIsNotPrintableAsciiIsRefusedNamingTheCharacterAndWhere(String typed, UnusableCharacter.Kind kind,
                                                                                String codePoint, int position) {
        String key = typed.translateEscapes();

        assertThat(SettingsValidation.apiKey(key)).contains(FieldProblem.SECRET_CHARACTER);
        assertThat(SettingsValidation.optionalSecret(key)).contains(FieldProblem.SECRET_CHARACTER);
        UnusableCharacter found = SettingsValidation.unusableCharacter(key).orElseThrow();
        assertThat(found.kind()).isEqualTo(kind);
        assertThat(found.codePointText()).isEqualTo(codePoint);
        assertThat(found.position()).isEqualTo(position);
    }

    @Test
    void whatPastingAddsAroundAKeyIsTrimmedAndARealKeyPasses() {
        String jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1aWQiOiJ0ZXN0In0.not-a-real-signature_x";
        assertThat(SettingsValidation.apiKey("  " + jwt + "\r\n")).isEmpty();
        assertThat(SettingsValidation.unusableCharacter("\t" + jwt + " ")).isEmpty();
        assertThat(SettingsValidation.optionalSecret("")).isEmpty();
        assertThat(SettingsValidation.optionalSecret("xYz-plex_Token1")).isEmpty();
    }
}
