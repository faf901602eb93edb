package dev.stash2plex.provider.match;

import dev.stash2plex.core.pathrules.RuleAttempt;
import dev.stash2plex.provider.index.IndexStatus;
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

    public static MatchStep of(String name, String outcome, String detail, List<Candidate> candidates) {
        return new MatchStep(name, outcome, detail, List.of(), candidates);
    }

    /**
     * What the scene index contributed: "used" when file lookups are answered from it, else why
     * Stash answers them (still loading, stale, off).
     */
    public static MatchStep indexNote(IndexStatus index) {
        if (index.usable()) {
            return of("index", "used", "Lookups answered from the scene index (" + index.scenes() + " scenes, refreshed "
                    + index.lagSeconds() + " s ago)", List.of());
        }
        String why = switch (index.state()) {
            case "loading" -> "the scene index is still loading (" + index.loaded() + " of "
                    + (index.total() == null ? "?" : index.total()) + " scenes)";
            case "ready" -> "the scene index is older than its bound (last refresh " + index.lagSeconds() + " s ago)";
            default -> "the scene index is " + index.state();
        };
        return of("index", "not-used", "Lookups asked Stash: " + why, List.of());
    }

    static MatchStep skipped(String name, String why) {
        return of(name, "skipped", why, List.of());
    }
}
