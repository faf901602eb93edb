package dev.stash2plex.provider.match;

import dev.stash2plex.provider.pathrules.RuleAttempt;
import java.util.List;

/**
 * What one step of the resolution did, for the explain endpoint.
 *
 * @param outcome matched, ambiguous, no-match, skipped or stash-error
 * @param ruleAttempts the path rules tried (path step only)
 */
public record MatchStep(String name, String outcome, String detail, List<RuleAttempt> ruleAttempts,
        List<Candidate> candidates) {

    public MatchStep {
        ruleAttempts = List.copyOf(ruleAttempts);
        candidates = List.copyOf(candidates);
    }

    static MatchStep of(String name, String outcome, String detail, List<Candidate> candidates) {
        return new MatchStep(name, outcome, detail, List.of(), candidates);
    }

    static MatchStep skipped(String name, String why) {
        return of(name, "skipped", why, List.of());
    }
}
