package dev.stash2plex.provider.match;

import dev.stash2plex.core.pathrules.PathMapping;
import dev.stash2plex.core.pathrules.PathRules;
import dev.stash2plex.core.pathrules.RuleAttempt;
import dev.stash2plex.core.stash.SceneFile;
import dev.stash2plex.core.stash.SceneHit;
import dev.stash2plex.core.stash.StashClient;
import dev.stash2plex.core.stash.StashException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The two steps that identify the file itself: its mapped path, then its name. */
final class FileSteps {

    private final StashClient stash;
    private final PathRules rules;

    FileSteps(StashClient stash, PathRules rules) {
        this.stash = stash;
        this.rules = rules;
    }

    MatchStep byPath(String filename) throws StashException {
        List<RuleAttempt> attempts = rules.explain(filename);
        Optional<PathMapping> mapped = rules.plexFilenameToStash(filename);
        if (mapped.isEmpty()) {
            return new MatchStep("path", "no-match", "No path rule maps \"" + filename + "\"", attempts, List.of());
        }
        String stashPath = mapped.get().path();
        List<SceneHit> hits = stash.findScenesByPath(stashPath);
        String detail = "Rule \"" + mapped.get().ruleName() + "\" maps it to " + stashPath;
        if (hits.isEmpty()) {
            return new MatchStep("path", "no-match", detail + "; Stash has no scene with that file", attempts, List.of());
        }
        boolean unique = hits.size() == 1;
        int score = unique ? Scores.EXACT_PATH : Scores.SAME_PATH_SEVERAL_SCENES;
        List<Candidate> candidates = hits.stream()
                .map(hit -> new Candidate(hit, score, "path", "file at " + stashPath))
                .toList();
        return new MatchStep("path", unique ? "matched" : "ambiguous", detail, attempts, candidates);
    }

    /**
     * Scenes with a file of the same name. Several of them are told apart by how many trailing
     * folders they share with Plex's relative path; a tie means no automatic answer.
     */
    MatchStep byBasename(String filename) throws StashException {
        List<String> plexSegments = segments(filename);
        String basename = plexSegments.getLast();
        List<SceneHit> hits = stash.findScenesByBasename(basename);
        if (hits.isEmpty()) {
            return MatchStep.of("basename", "no-match", "Stash has no file named " + basename, List.of());
        }
        if (hits.size() == 1) {
            return MatchStep.of("basename", "matched", "One scene has a file named " + basename,
                    List.of(new Candidate(hits.getFirst(), Scores.UNIQUE_BASENAME, "basename", "only file named " + basename)));
        }
        record Ranked(SceneHit hit, int sharedSegments) {
        }
        List<Ranked> ranked = new ArrayList<>(hits.stream()
                .map(hit -> new Ranked(hit, sharedSegments(plexSegments, hit.files())))
                .toList());
        ranked.sort(Comparator.comparingInt(Ranked::sharedSegments).reversed());
        boolean decided = ranked.get(0).sharedSegments() > ranked.get(1).sharedSegments();
        List<Candidate> candidates = new ArrayList<>();
        for (Ranked entry : ranked) {
            boolean best = decided && candidates.isEmpty();
            candidates.add(new Candidate(entry.hit(), best ? Scores.BASENAME_BEST_FOLDER : Scores.AMBIGUOUS_BASENAME,
                    "basename", entry.sharedSegments() + " trailing path segment(s) in common"));
        }
        String detail = hits.size() + " scenes have a file named " + basename
                + (decided ? "; the folders single one out" : "; their folders do not tell them apart");
        return MatchStep.of("basename", decided ? "matched" : "ambiguous", detail, candidates);
    }

    static List<String> segments(String path) {
        return List.of(path.replace('\\', '/').split("/+")).stream().filter(s -> !s.isEmpty()).toList();
    }

    private static int sharedSegments(List<String> plexSegments, List<SceneFile> files) {
        int best = 0;
        for (SceneFile file : files) {
            List<String> stashSegments = segments(file.path());
            int shared = 0;
            while (shared < plexSegments.size() && shared < stashSegments.size()
                    && plexSegments.get(plexSegments.size() - 1 - shared)
                            .equals(stashSegments.get(stashSegments.size() - 1 - shared))) {
                shared++;
            }
            best = Math.max(best, shared);
        }
        return best;
    }
}
