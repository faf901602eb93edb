package dev.stash2plex.core.pathrules;

import static dev.stash2plex.core.pathrules.PathRulesOriginalBehaviourTest.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Every rule is judged at load: text mistakes are fatal with a message naming the rule; self tests disable. */
class PathRulesCompileTest {

    private static final PathRuleDefinition GOOD = PathRuleDefinition.of("good", "^/plex/(.*)", "/stash/\\1");

    private static void assertRejected(PathRuleDefinition definition, String message) {
        assertThatThrownBy(() -> rules(GOOD, definition)).isInstanceOf(PathRuleException.class).hasMessage(message);
    }

    @Test
    void badRegexNamesTheRuleAndTheRegexError() {
        assertThatThrownBy(() -> rules(GOOD, PathRuleDefinition.of("nas", "^/p/(.*", "/s/\\1")))
                .isInstanceOfSatisfying(PathRuleException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Path rule 2 \"nas\": plex_pattern is not a valid regex: "
                            + "Unclosed group near index 7 (^/p/(.*)");
                    assertThat(e.ruleNumber()).isEqualTo(OptionalInt.of(2));
                    assertThat(e.ruleName()).contains("nas");
                });
    }

    @Test
    void regexErrorIndexPointsIntoTheUsersTextAfterPythonSyntaxIsTranslated() {
        assertRejected(PathRuleDefinition.of("py", "^/(?P<a>x)/[", "/s/\\1"),
                "Path rule 2 \"py\": plex_pattern is not a valid regex: Unclosed character class near index 11 (^/(?P<a>x)/[)");
    }

    @Test
    void groupNamesJavaCannotTakeAreExplained() {
        assertRejected(PathRuleDefinition.of("py", "^/(?P<rest_of>.*)", "/s/\\g<rest_of>"),
                "Path rule 2 \"py\": plex_pattern group name \"rest_of\" must be letters and digits, "
                        + "starting with a letter (^/(?P<rest_of>.*))");
    }

    @Test
    void referenceToAMissingGroupFailsAtLoad() {
        assertRejected(PathRuleDefinition.of("two", "^/plex/(.*)", "/stash/\\1/\\2"),
                "Path rule 2 \"two\": stash_pattern refers to group 2 (\\2), but plex_pattern has only 1 group");
        assertRejected(PathRuleDefinition.of("none", "^/plex/", "/stash/\\1"),
                "Path rule 2 \"none\": stash_pattern refers to group 1 (\\1), but plex_pattern has no groups");
        assertRejected(PathRuleDefinition.of("named", "^/plex/(?<rest>.*)", "/stash/\\g<x>"),
                "Path rule 2 \"named\": stash_pattern refers to group \"x\" (\\g<x>), but plex_pattern has no group named \"x\"");
    }

    @Test
    void templateEscapesFollowPythonAndRejectLetters() throws Exception {
        assertRejected(PathRuleDefinition.of("esc", "^/plex/(.*)", "D:\\media\\\\1"),
                "Path rule 2 \"esc\": stash_pattern has the unknown escape \\m; write \\\\ for a literal backslash");
        PathRules rules = rules(PathRuleDefinition.of("dollar", "^/plex/(.*)", "/$1 \\\\ \\g<1>0"));
        assertThat(rules.plexToStash("/plex/x")).contains(new PathMapping("dollar", "/$1 \\ x0"));
    }

    @Test
    void duplicateNamesAreRejected() {
        assertRejected(PathRuleDefinition.of("good", "^/other/(.*)", "/s/\\1"),
                "Path rule 2 \"good\": has the same name as path rule 1; names must be unique");
    }

    @Test
    void libraryRootMustBeAbsolute() {
        assertRejected(PathRuleDefinition.of("root", "^/plex/(.*)", "/s/\\1").withPlexLibraryRoot("media/"),
                "Path rule 2 \"root\": plex_library_root \"media/\" is not an absolute folder; "
                        + "write it as Plex sees it, e.g. /plex/media/");
    }

    @Test
    void requiredTextsMustBePresentAndNotEmpty() {
        assertRejected(new PathRuleDefinition(" ", "^/a", "/b", false, null, null, null), "Path rule 2: \"name\" is empty");
        assertRejected(PathRuleDefinition.of("x", null, "/b"), "Path rule 2 \"x\": is missing \"plex_pattern\"");
    }

    @Test
    void selfTestNeedsBothPaths() {
        assertRejected(PathRuleDefinition.of("half", "^/plex/(.*)", "/s/\\1").withSelfTest("/plex/a", null),
                "Path rule 2 \"half\": test_plex_path and test_stash_path make one self test; set both or neither");
    }

    @Test
    void item28_failingSelfTestDisablesItsRuleOnly() throws Exception {
        PathRules rules = rules(
                PathRuleDefinition.of("broken", "^/plex/(.*)", "/wrong/\\1").withSelfTest("/plex/a.mkv", "/stash/a.mkv"),
                GOOD.withSelfTest("/plex/a.mkv", "/stash/a.mkv"));

        assertThat(rules.plexToStash("/plex/a.mkv")).contains(new PathMapping("good", "/stash/a.mkv"));
        assertThat(rules.loadedCount()).isEqualTo(2);
        assertThat(rules.disabledCount()).isEqualTo(1);
        String detail = "plex→stash of \"/plex/a.mkv\" gave \"/wrong/a.mkv\", expected \"/stash/a.mkv\"";
        assertThat(rules.statuses()).containsExactly(
                new RuleStatus(1, "broken", false, "self test failed: " + detail,
                        new SelfTest(SelfTest.Outcome.FAILED, detail, "/stash/a.mkv", "/wrong/a.mkv"), false, null),
                new RuleStatus(2, "good", true, null, SelfTest.passed("passed both ways"), false, null));
    }

    @Test
    void selfTestCatchesARuleThatLosesInformation() throws Exception {
        PathRules rules = rules(PathRuleDefinition.of("lossy", "^/p/([a-z]*)-(.*)", "/s/\\1\\2")
                .withSelfTest("/p/ab-cd", "/s/abcd"));
        RuleStatus status = rules.statuses().getFirst();
        assertThat(status.active()).isFalse();
        assertThat(status.selfTest().detail())
                .isEqualTo("stash→plex of \"/s/abcd\" gave \"/p/abcd-\", expected \"/p/ab-cd\"");
        assertThat(rules.plexToStash("/p/ab-cd")).isEmpty();
    }

    @Test
    void selfTestThatMapsNothingSaysSo() throws Exception {
        SelfTest selfTest = rules(GOOD.withSelfTest("/elsewhere/a", "/stash/a")).statuses().getFirst().selfTest();
        assertThat(selfTest).isEqualTo(new SelfTest(SelfTest.Outcome.FAILED,
                "plex→stash of \"/elsewhere/a\" gave nothing (no match), expected \"/stash/a\"", "/stash/a", null));
    }

    @Test
    void oneWayRuleSelfTestChecksTheForwardDirectionOnly() throws Exception {
        RuleStatus status = rules(PathRuleDefinition.of("oneway", "^/(?:a|b)/(.*)", "/s/\\1")
                .withSelfTest("/b/x", "/s/x")).statuses().getFirst();
        assertThat(status.active()).isTrue();
        assertThat(status.selfTest()).isEqualTo(
                SelfTest.passed("plex→stash passed; stash→plex not checked because the rule is one-way"));
    }

    @Test
    void selfTestPlexPathMayBeRelativeToTheLibraryRoot() throws Exception {
        RuleStatus status = rules(GOOD.withPlexLibraryRoot("/plex/").withSelfTest("Studio/a.mp4", "/stash/Studio/a.mp4"))
                .statuses().getFirst();
        assertThat(status.selfTest().outcome()).isEqualTo(SelfTest.Outcome.PASSED);
    }

    @Test
    void emptyRulesAreEmpty() throws Exception {
        assertThat(PathRules.compile(java.util.List.of())).isSameAs(PathRules.empty());
        assertThat(PathRules.empty().statuses()).isEmpty();
        assertThat(PathRules.empty().disabledCount()).isZero();
        assertThat(PathRules.empty().explain("a.mkv")).isEmpty();
    }
}
