package dev.stash2plex.core.pathrules;

import static dev.stash2plex.core.pathrules.PathRulesOriginalBehaviourTest.rules;
import static dev.stash2plex.core.pathrules.PathRulesOriginalBehaviourTest.toPlex;
import static dev.stash2plex.core.pathrules.PathRulesOriginalBehaviourTest.toStash;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Stash → Plex: the original's defects (reference §4.4) fixed, and the one-way cases reported instead of guessed. */
class PathRulesReverseTest {

    private static PathRules rule(String plexPattern, String stashPattern) throws PathRuleException {
        return rules(PathRuleDefinition.of("r", plexPattern, stashPattern));
    }

    @Test
    void reorderedGroupsInvertCorrectly() throws Exception {
        PathRules rules = rule("^/p/([^/]+)/([^/]+)/(.*)$", "/s/\\2/\\1/\\3");
        assertThat(toStash(rules, "/p/A/B/c.mp4")).contains("/s/B/A/c.mp4");
        assertThat(toPlex(rules, "/s/B/A/c.mp4")).contains("/p/A/B/c.mp4");
    }

    @Test
    void escapedCharactersDoNotLeak() throws Exception {
        PathRules rules = rule("^/plex/media\\.old/(.*)", "/stash/\\1");
        assertThat(toStash(rules, "/plex/media.old/x.mkv")).contains("/stash/x.mkv");
        assertThat(toPlex(rules, "/stash/x.mkv")).contains("/plex/media.old/x.mkv");
    }

    @Test
    void escapesAndSingleCharacterClassesAreWrittenBackAsTheirCharacter() throws Exception {
        PathRules rules = rule("^/a[.]b\\x2Dc\\u00e9\\Q(1)\\E/(.*)", "/s/\\1");
        assertThat(toStash(rules, "/a.b-cé(1)/x")).contains("/s/x");
        assertThat(toPlex(rules, "/s/x")).contains("/a.b-cé(1)/x");
    }

    @Test
    void nonCapturingAlternationDoesNotLeak_theRuleIsOneWay() throws Exception {
        PathRules rules = rule("^/(?:plex|media)/(.*)", "/stash/\\1");
        assertThat(toStash(rules, "/media/x.mkv")).contains("/stash/x.mkv");
        assertThat(rules.stashToPlex("/stash/x.mkv")).isEmpty();
        RuleStatus status = rules.statuses().getFirst();
        assertThat(status.oneWay()).isTrue();
        assertThat(status.active()).isTrue();
        assertThat(status.oneWayReason()).isEqualTo("stash→plex cannot tell which alternative of \"plex|media\" "
                + "to write back, because it is outside the groups stash_pattern uses");
    }

    @Test
    void nonCapturingGroupOfFixedTextIsWrittenBack() throws Exception {
        assertThat(toPlex(rule("^/(?:plex)/(.*)", "/stash/\\1"), "/stash/x.mkv")).contains("/plex/x.mkv");
    }

    @Test
    void alternationInsideAUsedGroupIsFine() throws Exception {
        PathRules rules = rule("^/(plex|media)/(.*)", "/stash/\\1/\\2");
        assertThat(toStash(rules, "/media/x.mkv")).contains("/stash/media/x.mkv");
        assertThat(toPlex(rules, "/stash/media/x.mkv")).contains("/media/x.mkv");
        assertThat(toPlex(rules, "/stash/other/x.mkv")).isEmpty();
    }

    @Test
    void namedReferencesWorkInReverse() throws Exception {
        PathRules rules = rule("^/plex/(?<rest>.*)", "/stash/\\g<rest>");
        assertThat(toStash(rules, "/plex/a/b.mkv")).contains("/stash/a/b.mkv");
        assertThat(toPlex(rules, "/stash/a/b.mkv")).contains("/plex/a/b.mkv");
    }

    @Test
    void pythonStyleNamedGroupsAreAccepted() throws Exception {
        PathRules rules = rule("^/(?P<share>\\w+)/(?P=share)/(?P<rest>.*)", "/s/\\g<share>/\\g<rest>");
        assertThat(toStash(rules, "/nas/nas/a.mkv")).contains("/s/nas/a.mkv");
        assertThat(toPlex(rules, "/s/nas/a.mkv")).contains("/nas/nas/a.mkv");
    }

    @Test
    void ruleWithoutGroupsMapsTheTailBothWays() throws Exception {
        PathRules rules = rule("^/plex/", "/stash/");
        assertThat(toStash(rules, "/plex/a/b.mkv")).contains("/stash/a/b.mkv");
        assertThat(toPlex(rules, "/stash/a/b.mkv")).contains("/plex/a/b.mkv");
    }

    @Test
    void groupNotConsumingThePathKeepsTheTailBothWays() throws Exception {
        PathRules rules = rule("^/plex/(\\w+)", "/s/\\1");
        assertThat(toStash(rules, "/plex/abc.mkv")).contains("/s/abc.mkv");
        assertThat(toPlex(rules, "/s/abc.mkv")).contains("/plex/abc.mkv");
    }

    @Test
    void groupConstraintsStillHoldInReverse() throws Exception {
        PathRules rules = rule("^/mnt/(\\d+)/(.*)", "/data/\\1-\\2");
        assertThat(toPlex(rules, "/data/12-a.mkv")).contains("/mnt/12/a.mkv");
        assertThat(toPlex(rules, "/data/xy-a.mkv")).isEmpty();
    }

    @Test
    void groupUsedTwiceMustAgree() throws Exception {
        PathRules rules = rule("^/p/([^/]+)/(.*)", "/s/\\1/\\1/\\2");
        assertThat(toStash(rules, "/p/a/x")).contains("/s/a/a/x");
        assertThat(toPlex(rules, "/s/a/a/x")).contains("/p/a/x");
        assertThat(toPlex(rules, "/s/a/b/x")).isEmpty();
    }

    @Test
    void wholeMatchReferenceInverts() throws Exception {
        PathRules rules = rule("^/plex/media", "/stash\\g<0>");
        assertThat(toStash(rules, "/plex/media/a.mkv")).contains("/stash/plex/media/a.mkv");
        assertThat(toPlex(rules, "/stash/plex/media/a.mkv")).contains("/plex/media/a.mkv");
    }

    @Test
    void unicodeWordCharactersMatchLikePython() throws Exception {
        PathRules rules = rule("^/mnt/(\\w+)/(.*)", "/data/\\1/\\2");
        assertThat(toStash(rules, "/mnt/Café/ファイル.mp4")).contains("/data/Café/ファイル.mp4");
        assertThat(toPlex(rules, "/data/Café/ファイル.mp4")).contains("/mnt/Café/ファイル.mp4");
    }

    @Test
    void caseInsensitiveReverseKeepsCapturedCase() throws Exception {
        PathRules rules = rules(PathRuleDefinition.of("ci", "^/Plex/(\\w+)/(.*)", "/Stash/\\2/\\1").withCaseInsensitive(true));
        assertThat(toStash(rules, "/PLEX/Nas/A.mkv")).contains("/Stash/A.mkv/Nas");
        assertThat(toPlex(rules, "/STASH/A.MKV/Nas")).contains("/Plex/Nas/A.MKV");
        assertThat(toPlex(rules, "/stash/x/Nas")).contains("/Plex/Nas/x");
    }

    @Test
    void quantifiedLiteralMakesTheRuleOneWay() throws Exception {
        PathRules rules = rule("^/?Movies/(.*)", "/m/\\1");
        assertThat(toStash(rules, "Movies/a.mp4")).contains("/m/a.mp4");
        assertThat(rules.stashToPlex("/m/a.mp4")).isEmpty();
        assertThat(rules.statuses().getFirst().oneWayReason()).isEqualTo(
                "stash→plex cannot rebuild \"/?\": it is repeated or optional and not inside a group stash_pattern uses");
    }

    @Test
    void groupMissingFromTheTemplateMakesTheRuleOneWay() throws Exception {
        PathRules rules = rule("^/mnt/(\\w+)/videos/(.*)", "/data/\\2");
        assertThat(toStash(rules, "/mnt/nas1/videos/a.mp4")).contains("/data/a.mp4");
        assertThat(rules.stashToPlex("/data/a.mp4")).isEmpty();
        assertThat(rules.statuses().getFirst().oneWayReason()).isEqualTo(
                "group 1 (\\w+) is not used in stash_pattern, so stash→plex cannot rebuild it");
    }

    @Test
    void unusedGroupOfFixedTextIsWrittenBack() throws Exception {
        assertThat(toPlex(rule("^/(plex)/(.*)", "/s/\\2"), "/s/a.mkv")).contains("/plex/a.mkv");
    }

    @Test
    void wildcardOutsideGroupsAndInlineFlagsMakeTheRuleOneWay() throws Exception {
        assertThat(rule("^/plex./(.*)", "/s/\\1").statuses().getFirst().oneWayReason())
                .isEqualTo("stash→plex cannot rebuild \".\": it is not inside a group stash_pattern uses");
        assertThat(rule("(?i)^/plex/(.*)", "/s/\\1").statuses().getFirst().oneWayReason())
                .isEqualTo("plex_pattern switches flags inline ((?i)); use case_insensitive instead");
    }

    @Test
    void oneWayRuleIsSkippedSoALaterTwoWayRuleAnswers() throws Exception {
        PathRules rules = rules(PathRuleDefinition.of("oneway", "^/(?:a|b)/(.*)", "/s/\\1"),
                PathRuleDefinition.of("twoway", "^/a/(.*)", "/s/\\1"));
        assertThat(rules.stashToPlex("/s/x")).contains(new PathMapping("twoway", "/a/x"));
    }

    @Test
    void lookaheadIsRespectedByTheRoundTripCheck() throws Exception {
        PathRules rules = rule("^/plex/(?!tmp/)(.*)", "/s/\\1");
        assertThat(toStash(rules, "/plex/tmp/a")).isEmpty();
        assertThat(toPlex(rules, "/s/keep/a")).contains("/plex/keep/a");
        assertThat(toPlex(rules, "/s/tmp/a")).isEmpty();
    }

    @Test
    void backslashStashPathsAreNormalised() throws Exception {
        assertThat(toPlex(rule("^/p/([^/]+)/([^/]+)/(.*)$", "/s/\\2/\\1/\\3"), "\\s\\B\\A\\c.mp4")).contains("/p/A/B/c.mp4");
    }
}
