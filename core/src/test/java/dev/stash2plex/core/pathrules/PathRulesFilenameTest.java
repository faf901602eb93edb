package dev.stash2plex.core.pathrules;

import static dev.stash2plex.core.pathrules.PathRulesOriginalBehaviourTest.rules;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Plex's relative match filenames joined with each rule's library root, and the explain output built on them. */
class PathRulesFilenameTest {

    private static final PathRuleDefinition R1 = PathRuleDefinition.of("simple", "^/plex/media/(.*)", "/stash/media/\\1");

    private static String stashPathOf(PathRules rules, String filename) {
        return rules.plexFilenameToStash(filename).map(PathMapping::path).orElse(null);
    }

    @Test
    void relativeFilenameIsJoinedWithTheRoot_withOrWithoutLeadingSlash() throws Exception {
        PathRules rules = rules(R1.withPlexLibraryRoot("/plex/media/"));
        assertThat(rules.plexFilenameToStash("Studio/a.mp4")).contains(new PathMapping("simple", "/stash/media/Studio/a.mp4"));
        assertThat(stashPathOf(rules, "/Studio/a.mp4")).isEqualTo("/stash/media/Studio/a.mp4");
        assertThat(stashPathOf(rules, "//Studio/a.mp4")).isEqualTo("/stash/media/Studio/a.mp4");
    }

    @Test
    void rootWithoutTrailingSlashOrWithExtraSlashesJoinsTheSame() throws Exception {
        assertThat(stashPathOf(rules(R1.withPlexLibraryRoot("/plex/media")), "Studio/a.mp4")).isEqualTo("/stash/media/Studio/a.mp4");
        assertThat(stashPathOf(rules(R1.withPlexLibraryRoot("/plex/media//")), "/Studio/a.mp4")).isEqualTo("/stash/media/Studio/a.mp4");
    }

    @Test
    void filenameAlreadyUnderTheRootIsNotJoinedTwice() throws Exception {
        PathRules rules = rules(R1.withPlexLibraryRoot("/plex/media"));
        assertThat(stashPathOf(rules, "/plex/media/Studio/a.mp4")).isEqualTo("/stash/media/Studio/a.mp4");
        assertThat(rules.explain("/plex/mediaX/a.mp4").getFirst().plexPath()).isEqualTo("/plex/media/plex/mediaX/a.mp4");
    }

    @Test
    void backslashFilenamesAndWindowsRoots() throws Exception {
        assertThat(stashPathOf(rules(R1.withPlexLibraryRoot("/plex/media/")), "Studio\\a.mp4")).isEqualTo("/stash/media/Studio/a.mp4");
        PathRules windows = rules(PathRuleDefinition.of("win", "^D:/Media/(.*)", "/stash/\\1").withPlexLibraryRoot("D:\\Media\\"));
        assertThat(stashPathOf(windows, "\\Studio\\a.mp4")).isEqualTo("/stash/Studio/a.mp4");
    }

    @Test
    void caseInsensitiveRuleRecognisesTheRootInAnyCase() throws Exception {
        PathRules rules = rules(R1.withCaseInsensitive(true).withPlexLibraryRoot("/plex/media/"));
        assertThat(stashPathOf(rules, "/PLEX/Media/a.mp4")).isEqualTo("/stash/media/a.mp4");
    }

    @Test
    void ruleWithoutRootTriesTheFilenameAsGiven() throws Exception {
        PathRules rules = rules(PathRuleDefinition.of("movies", "^/?Movies/(.*)", "/volume/Movies/\\1"));
        assertThat(stashPathOf(rules, "\\Movies\\X (1985).mp4")).isEqualTo("/volume/Movies/X (1985).mp4");
        assertThat(stashPathOf(rules, "Shows/a.mp4")).isNull();
    }

    @Test
    void eachRuleUsesItsOwnRootAndTheFirstThatMapsWins() throws Exception {
        PathRules rules = rules(
                PathRuleDefinition.of("nas", "^/plex/nas/(Studio/.*)", "/stash/nas/\\1").withPlexLibraryRoot("/plex/nas/"),
                PathRuleDefinition.of("local", "^/plex/local/(.*)", "/stash/local/\\1").withPlexLibraryRoot("/plex/local/"));
        assertThat(rules.plexFilenameToStash("Studio/a.mp4")).contains(new PathMapping("nas", "/stash/nas/Studio/a.mp4"));
        assertThat(rules.plexFilenameToStash("Other/b.mp4")).contains(new PathMapping("local", "/stash/local/Other/b.mp4"));
    }

    @Test
    void explainListsEveryRuleInOrder() throws Exception {
        PathRules rules = rules(
                PathRuleDefinition.of("broken", "^/plex/(.*)", "/wrong/\\1").withSelfTest("/plex/a", "/stash/a"),
                PathRuleDefinition.of("other", "^/other/(.*)", "/o/\\1"),
                R1.withPlexLibraryRoot("/plex/media/"),
                PathRuleDefinition.of("also", "^(.*)", "/any/\\1"));
        assertThat(rules.explain("/Studio/a.mp4")).containsExactly(
                RuleAttempt.skipped(1, "broken", "/Studio/a.mp4",
                        "disabled: self test failed: plex→stash of \"/plex/a\" gave \"/wrong/a\", expected \"/stash/a\""),
                RuleAttempt.skipped(2, "other", "/Studio/a.mp4",
                        "no match: plex_pattern ^/other/(.*) does not match the start of \"/Studio/a.mp4\""),
                new RuleAttempt(3, "simple", "/plex/media/Studio/a.mp4", true, "/stash/media/Studio/a.mp4", null),
                new RuleAttempt(4, "also", "/Studio/a.mp4", true, "/any//Studio/a.mp4", null));
        assertThat(rules.plexFilenameToStash("/Studio/a.mp4")).contains(new PathMapping("simple", "/stash/media/Studio/a.mp4"));
    }

    @Test
    void statusesDescribeEveryRule() throws Exception {
        PathRules rules = rules(R1, PathRuleDefinition.of("oneway", "^/(?:a|b)/(.*)", "/s/\\1"));
        assertThat(rules.statuses()).containsExactly(
                new RuleStatus(1, "simple", true, null, SelfTest.notConfigured(), false, null),
                new RuleStatus(2, "oneway", true, null, SelfTest.notConfigured(), true,
                        "stash→plex cannot tell which alternative of \"a|b\" to write back, "
                                + "because it is outside the groups stash_pattern uses"));
        assertThat(rules.loadedCount()).isEqualTo(2);
        assertThat(rules.disabledCount()).isZero();
    }
}
