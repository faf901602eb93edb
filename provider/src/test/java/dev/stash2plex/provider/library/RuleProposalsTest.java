package dev.stash2plex.provider.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.core.pathrules.PathRuleDefinition;
import dev.stash2plex.provider.index.store.MatchHistory.SharedName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Path rules worked out from same-named files: the folder prefixes, their escaping, ties, roots and counts. */
class RuleProposalsTest {

    private static SharedName pair(String plex, String stash) {
        return new SharedName(plex, null, null, stash);
    }

    @Test
    void theFoldersBeforeWhatBothPathsShareBecomeTheRuleCountedOverEveryFile() {
        List<ProposedRule> proposals = RuleProposals.propose(List.of(
                pair("/srv/plex (hd)/A/1.mp4", "/mnt/stash/A/1.mp4"),
                pair("/srv/plex (hd)/B/2.mp4", "/mnt/stash/B/2.mp4"),
                pair("/srv/plex (hd)/B/3.mp4", "/mnt/stash/B/3.mp4"),
                pair("/other/x.mp4", "/mnt/elsewhere/x.mp4")), 10);

        assertThat(proposals).hasSize(2);
        ProposedRule first = proposals.getFirst();
        assertThat(first.rule()).isEqualTo(new PathRuleDefinition("suggested-1", "^/srv/plex \\(hd\\)/(.*)", "/mnt/stash/\\1",
                false, null, "/srv/plex (hd)/A/1.mp4", "/mnt/stash/A/1.mp4"));
        assertThat(first.wouldMatch()).isEqualTo(3);
        assertThat(first.found()).isEqualTo(3);
        assertThat(first.selfTest()).isEqualTo("passed");
        assertThat(proposals.get(1).rule().plexPattern()).isEqualTo("^/other/(.*)");
        assertThat(proposals.get(1).wouldMatch()).isEqualTo(1);
    }

    @Test
    void relativeFilenamesGiveARuleForHowPlexSendsThem() {
        assertThat(RuleProposals.propose(List.of(pair("Studio/a.mp4", "/stash/media/Studio/a.mp4")), 10))
                .singleElement().satisfies(p -> {
                    assertThat(p.rule().plexPattern()).isEqualTo("^(.*)");
                    assertThat(p.rule().stashPattern()).isEqualTo("/stash/media/\\1");
                });
        assertThat(RuleProposals.propose(List.of(pair("/Studio/a.mp4", "/stash/media/Studio/a.mp4")), 10))
                .singleElement().satisfies(p -> assertThat(p.rule().plexPattern()).isEqualTo("^/(.*)"));
    }

    @Test
    void aFileWithTwoEquallyLikelyNamesakesIsNoEvidenceButCountsWhenARuleMapsItToOne() {
        List<ProposedRule> proposals = RuleProposals.propose(List.of(
                pair("/plex/A/dup.mp4", "/stash/A/dup.mp4"), pair("/plex/A/dup.mp4", "/archive/A/dup.mp4"),
                pair("/plex/A/one.mp4", "/stash/A/one.mp4")), 10);
        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(p.rule().plexPattern()).isEqualTo("^/plex/(.*)");
            assertThat(p.found()).isEqualTo(1);
            assertThat(p.wouldMatch()).isEqualTo(2);
        });
        assertThat(RuleProposals.propose(List.of(pair("/plex/A/dup.mp4", "/stash/A/dup.mp4"),
                pair("/plex/A/dup.mp4", "/archive/A/dup.mp4")), 10)).isEmpty();
    }

    @Test
    void aLibraryRootIsPutInFrontAndKeptInTheRule() {
        List<ProposedRule> proposals = RuleProposals.propose(List.of(
                new SharedName("Studio/a.mp4", "/plex/media", null, "/stash/media/Studio/a.mp4")), 10);
        assertThat(proposals).singleElement().satisfies(p -> {
            // "media" is the same on both sides, so the rule keeps it in the part it carries over.
            assertThat(p.rule().plexPattern()).isEqualTo("^/plex/(.*)");
            assertThat(p.rule().stashPattern()).isEqualTo("/stash/\\1");
            assertThat(p.rule().plexLibraryRoot()).isEqualTo("/plex/media");
            assertThat(p.wouldMatch()).isEqualTo(1);
        });
    }

    @Test
    void onlyWholeTrailingFoldersCountAsShared() {
        assertThat(RuleProposals.sharedSuffixLength("/p/xA/b.mp4", "/s/yA/b.mp4")).isEqualTo("b.mp4".length());
        assertThat(RuleProposals.sharedSuffixLength("/p/A/b.mp4", "/s/A/b.mp4")).isEqualTo("A/b.mp4".length());
        assertThat(RuleProposals.sharedSuffixLength("A/b.mp4", "/s/A/b.mp4")).isEqualTo("A/b.mp4".length());
        assertThat(RuleProposals.sharedSuffixLength("/p/b.mp4", "/s/c.mp4")).isZero();
    }
}
