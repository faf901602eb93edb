package dev.stash2plex.core.pathrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The original provider's behaviours (reference §8 items 1–12 and the §4.3 table), which must not change. */
class PathRulesOriginalBehaviourTest {

    private static final PathRuleDefinition R1 = PathRuleDefinition.of("simple", "^/plex/media/(.*)", "/stash/media/\\1");

    static PathRules rules(PathRuleDefinition... definitions) throws PathRuleException {
        return PathRules.compile(List.of(definitions));
    }

    static Optional<String> toStash(PathRules rules, String path) {
        return rules.plexToStash(path).map(PathMapping::path);
    }

    static Optional<String> toPlex(PathRules rules, String path) {
        return rules.stashToPlex(path).map(PathMapping::path);
    }

    @Test
    void item1_mapsBothWays() throws Exception {
        PathRules rules = rules(R1);
        assertThat(rules.plexToStash("/plex/media/video.mkv")).contains(new PathMapping("simple", "/stash/media/video.mkv"));
        assertThat(rules.stashToPlex("/stash/media/video.mkv")).contains(new PathMapping("simple", "/plex/media/video.mkv"));
    }

    @Test
    void item2_keepsSubfolders() throws Exception {
        assertThat(toStash(rules(R1), "/plex/media/dir/subdir/file.mp4")).contains("/stash/media/dir/subdir/file.mp4");
    }

    @Test
    void item3_unmatchedPathsGiveNothing() throws Exception {
        PathRules rules = rules(R1);
        assertThat(rules.plexToStash("/other/path/file.mkv")).isEmpty();
        assertThat(rules.stashToPlex("/stash/other/x.mkv")).isEmpty();
    }

    @Test
    void item4_firstMatchingRuleWins() throws Exception {
        PathRules rules = rules(PathRuleDefinition.of("a", "^/media/(.*)", "/stash_a/\\1"),
                PathRuleDefinition.of("b", "^/media/special/(.*)", "/stash_b/\\1"));
        assertThat(rules.plexToStash("/media/special/file.mkv")).contains(new PathMapping("a", "/stash_a/special/file.mkv"));
    }

    @Test
    void item5_backslashesAreNormalised() throws Exception {
        assertThat(toStash(rules(R1), "\\plex\\media\\file.mkv")).contains("/stash/media/file.mkv");
        assertThat(toPlex(rules(R1), "\\stash\\media\\x.mkv")).contains("/plex/media/x.mkv");
    }

    @Test
    void item6_caseSensitiveByDefault_caseInsensitiveOnRequest() throws Exception {
        assertThat(toStash(rules(R1), "/PLEX/media/file.mkv")).isEmpty();
        PathRules insensitive = rules(R1.withCaseInsensitive(true));
        assertThat(toStash(insensitive, "/PLEX/Media/FILE.mkv")).contains("/stash/media/FILE.mkv");
        assertThat(toPlex(insensitive, "/STASH/Media/FILE.mkv")).contains("/plex/media/FILE.mkv");
    }

    @Test
    void item7_rulesFromJson() throws Exception {
        PathRules rules = PathRules.compile(PathRulesParser.parseJson(
                "[{\"name\":\"nas\",\"plex_pattern\":\"^/plex/(.*)\",\"stash_pattern\":\"/stash/\\\\1\"}]"));
        assertThat(rules.plexToStash("/plex/video.mkv")).contains(new PathMapping("nas", "/stash/video.mkv"));

        PathRules none = PathRules.compile(PathRulesParser.parseJson("[]"));
        assertThat(none.plexToStash("/plex/video.mkv")).isEmpty();
        assertThat(none.stashToPlex("/stash/video.mkv")).isEmpty();
        assertThat(none.loadedCount()).isZero();

        assertThatThrownBy(() -> PathRulesParser.parseJson("not json")).isInstanceOf(PathRuleException.class)
                .hasMessageStartingWith("Path rules: not valid JSON at line 1, column 1: Unrecognized token 'not'");
        assertThatThrownBy(() -> PathRulesParser.parseJson("[{\"name\":\"nas\",\"plex_pattern\":\"^/plex/(.*)\"}]"))
                .isInstanceOf(PathRuleException.class)
                .hasMessage("Path rule 1 \"nas\": is missing \"stash_pattern\"");
    }

    @Test
    void item8_roundTripGivesTheSameString() throws Exception {
        PathRules rules = rules(R1);
        String stash = toStash(rules, "/plex/media/dir/movie.mkv").orElseThrow();
        assertThat(toPlex(rules, stash)).contains("/plex/media/dir/movie.mkv");
    }

    @Test
    void item9_twoGroupsMapBothWays() throws Exception {
        PathRules rules = rules(PathRuleDefinition.of("mnt", "^/mnt/(\\w+)/videos/(.*)", "/data/\\1/\\2"));
        assertThat(toStash(rules, "/mnt/nas1/videos/a/b.mp4")).contains("/data/nas1/a/b.mp4");
        assertThat(toPlex(rules, "/data/nas1/a/b.mp4")).contains("/mnt/nas1/videos/a/b.mp4");
    }

    @Test
    void item10_onlyOneSubstitution() throws Exception {
        assertThat(toStash(rules(R1), "/plex/media/plex/media/x.mkv")).contains("/stash/media/plex/media/x.mkv");
    }

    @Test
    void item11_patternIsAnchoredAtTheStartWithoutCaret() throws Exception {
        PathRules rules = rules(PathRuleDefinition.of("loose", "/plex/(.*)", "/s/\\1"));
        assertThat(toStash(rules, "/x/plex/a.mkv")).isEmpty();
        assertThat(toStash(rules, "/plex/a.mkv")).contains("/s/a.mkv");
    }

    @Test
    void item12_invalidRegexFailsAtLoad() {
        assertThatThrownBy(() -> rules(PathRuleDefinition.of("nas", "^/p/(.*", "/s/\\1")))
                .isInstanceOf(PathRuleException.class)
                .hasMessage("Path rule 1 \"nas\": plex_pattern is not a valid regex: Unclosed group near index 7 (^/p/(.*)");
    }

    @Test
    void table_folderWithoutTrailingSlashDoesNotMatch() throws Exception {
        assertThat(toStash(rules(R1), "/plex/media")).isEmpty();
    }

    @Test
    void table_firstMatchWinsInReverseToo() throws Exception {
        PathRules rules = rules(PathRuleDefinition.of("p1", "^/p1/(.*)", "/s/\\1"),
                PathRuleDefinition.of("p2", "^/p2/(.*)", "/s/\\1"));
        assertThat(rules.stashToPlex("/s/x.mkv")).contains(new PathMapping("p1", "/p1/x.mkv"));
    }

    @Test
    void table_rulesForDifferentShares() throws Exception {
        PathRules rules = rules(PathRuleDefinition.of("nas", "^/plex/nas/(.*)", "/stash/nas/\\1"),
                PathRuleDefinition.of("local", "^/plex/local/(.*)", "/stash/local/\\1"));
        assertThat(toStash(rules, "/plex/nas/file.mkv")).contains("/stash/nas/file.mkv");
        assertThat(toStash(rules, "/plex/local/file.mkv")).contains("/stash/local/file.mkv");
    }

    @Test
    void table_relativePlexPaths() throws Exception {
        PathRules rules = rules(PathRuleDefinition.of("movies", "^Movies/(.*)", "/volume/media/Movies/\\1"));
        assertThat(toStash(rules, "Movies/Studio/a.mp4")).contains("/volume/media/Movies/Studio/a.mp4");
        assertThat(toPlex(rules, "/volume/media/Movies/Studio/a.mp4")).contains("Movies/Studio/a.mp4");
    }

    @Test
    void table_templateTextWithRegexCharactersIsLiteral() throws Exception {
        PathRules rules = rules(PathRuleDefinition.of("paren", "^/plex/(.*)", "/stash (1)/\\1"));
        assertThat(toStash(rules, "/plex/a+b.mkv")).contains("/stash (1)/a+b.mkv");
        assertThat(toPlex(rules, "/stash (1)/a+b.mkv")).contains("/plex/a+b.mkv");
        assertThat(toPlex(rules, "/stash 1/a+b.mkv")).isEmpty();
    }

    @Test
    void table_unicodePathsMapUnchanged() throws Exception {
        PathRules rules = rules(R1);
        assertThat(toStash(rules, "/plex/media/Café Scène/ファイル.mp4")).contains("/stash/media/Café Scène/ファイル.mp4");
        assertThat(toPlex(rules, "/stash/media/Café Scène/ファイル.mp4")).contains("/plex/media/Café Scène/ファイル.mp4");
    }
}
