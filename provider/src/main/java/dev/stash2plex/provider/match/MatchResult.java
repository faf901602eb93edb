package dev.stash2plex.provider.match;

import java.util.List;

/**
 * The answer to a match request and how it was reached.
 *
 * @param candidates at most one for an automatic match; ranked, best first, for a manual one
 * @param stashError the Stash failure that cut the resolution short, or null
 */
public record MatchResult(MatchRequest request, List<MatchStep> steps, List<Candidate> candidates, String stashError) {

    public MatchResult {
        steps = List.copyOf(steps);
        candidates = List.copyOf(candidates);
    }
}
