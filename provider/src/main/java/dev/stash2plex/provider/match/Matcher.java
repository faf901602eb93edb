package dev.stash2plex.provider.match;

import dev.stash2plex.core.guid.PlexIds;
import dev.stash2plex.core.pathrules.PathRules;
import dev.stash2plex.core.stash.Scene;
import dev.stash2plex.core.stash.SceneHit;
import dev.stash2plex.core.stash.StashClient;
import dev.stash2plex.core.stash.StashException;
import dev.stash2plex.provider.fingerprint.MediaFiles;
import dev.stash2plex.provider.fingerprint.MediaRoot;
import dev.stash2plex.provider.metadata.SceneTitles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Resolves a match request in order of evidence — our own guid, the file's mapped path, its bytes,
 * its name, its title — and records each step. An automatic match stops at the first step that is sure and
 * answers nothing when none is; a manual match runs every step and ranks all candidates.
 */
public final class Matcher {

    /** Fix Match shows a short list; more only buries the right answer. */
    static final int MANUAL_LIMIT = 10;

    private final StashClient stash;
    private final FileSteps fileSteps;
    private final FingerprintStep fingerprintStep;
    private final TitleStep titleStep;
    private final LegacyGuidStep legacyGuidStep;
    private final Supplier<MatchStep> indexNote;
    private final boolean organizedOnly;

    /** Every lookup goes to Stash; no fingerprints. */
    public Matcher(StashClient stash, PathRules rules) {
        this(stash, rules, List.of(), () -> null);
    }

    /**
     * @param mediaRoots where Plex's media can be read for fingerprints; empty turns the step off
     * @param indexNote what the scene index contributes to this match (a step of its own in
     *                  {@code /explain}), or null when there is no index
     */
    public Matcher(StashClient stash, PathRules rules, List<MediaRoot> mediaRoots, Supplier<MatchStep> indexNote) {
        this(stash, rules, mediaRoots, indexNote, false);
    }

    /** @param organizedOnly only scenes marked organized in Stash are candidates ({@code S2P_ORGANIZED_ONLY}) */
    public Matcher(StashClient stash, PathRules rules, List<MediaRoot> mediaRoots, Supplier<MatchStep> indexNote,
            boolean organizedOnly) {
        this.stash = stash;
        this.organizedOnly = organizedOnly;
        this.legacyGuidStep = new LegacyGuidStep(stash);
        this.fileSteps = new FileSteps(stash, rules);
        this.fingerprintStep = new FingerprintStep(stash, new MediaFiles(mediaRoots), !mediaRoots.isEmpty());
        this.titleStep = new TitleStep(stash);
        this.indexNote = indexNote;
    }

    public MatchResult match(MatchRequest request) {
        List<MatchStep> steps = new ArrayList<>();
        MatchStep note = indexNote.get();
        if (note != null) {
            steps.add(note);
        }
        if (request.type() != null && request.type() != 1) {
            steps.add(MatchStep.skipped("type", "Type " + request.type() + " is not a movie; Stash2Plex serves movie libraries"));
            return new MatchResult(request, steps, List.of(), null);
        }
        try {
            for (StepCall call : stepsFor(request)) {
                MatchStep step = organizedOnly ? organizedOnly(call.run()) : call.run();
                steps.add(step);
                if (!request.manual() && step.outcome().equals("matched")) {
                    return new MatchResult(request, steps, List.of(step.candidates().getFirst()), null);
                }
            }
        } catch (StashException e) {
            steps.add(MatchStep.of("stash", "stash-error", e.kind() + ": " + e.getMessage(), List.of()));
            return new MatchResult(request, steps, request.manual() ? ranked(steps) : List.of(), e.kind());
        }
        return new MatchResult(request, steps, request.manual() ? ranked(steps) : List.of(), null);
    }

    @FunctionalInterface
    private interface StepCall {
        MatchStep run() throws StashException;
    }

    private List<StepCall> stepsFor(MatchRequest request) {
        List<StepCall> calls = new ArrayList<>();
        Optional<String> ownId = PlexIds.sceneIdOf(request.guid());
        Optional<LegacyGuid> legacy = LegacyGuid.parse(request.guid());
        if (ownId.isPresent()) {
            calls.add(() -> byGuid(ownId.get()));
        } else if (legacy.isPresent()) {
            calls.add(() -> legacyGuidStep.byLegacyGuid(legacy.get(), request.filename()));
        } else {
            calls.add(() -> MatchStep.skipped("guid", request.guid() == null ? "No guid in the request"
                    : "Neither a Stash2Plex guid nor another Stash agent's: " + request.guid()));
        }
        boolean hasFile = request.filename() != null && !FileSteps.segments(request.filename()).isEmpty();
        calls.add(hasFile ? () -> fileSteps.byPath(request.filename()) : () -> MatchStep.skipped("path", "No filename in the request"));
        calls.add(hasFile ? () -> fingerprintStep.byFingerprint(request.filename())
                : () -> MatchStep.skipped("fingerprint", "No filename in the request"));
        calls.add(hasFile ? () -> fileSteps.byBasename(request.filename()) : () -> MatchStep.skipped("basename", "No filename in the request"));
        calls.add(request.title() != null ? () -> titleStep.byTitle(request.title(), request.year())
                : () -> MatchStep.skipped("title", "No title in the request"));
        return calls;
    }

    private MatchStep byGuid(String sceneId) throws StashException {
        Optional<Scene> scene = stash.findScene(sceneId);
        if (scene.isEmpty()) {
            return MatchStep.of("guid", "no-match", "Stash no longer has scene " + sceneId, List.of());
        }
        Scene found = scene.get();
        SceneHit hit = new SceneHit(found.id(), SceneTitles.displayTitle(found.title(), found.files()), found.date(),
                found.updatedAt(), found.files(), found.organized());
        return MatchStep.of("guid", "matched", "Our own guid names scene " + sceneId,
                List.of(new Candidate(hit, Scores.GUID, "guid", "Plex already holds this scene's guid")));
    }

    /** The step without the scenes that are not organized in Stash; a match of one of those is no match. */
    private static MatchStep organizedOnly(MatchStep step) {
        List<Candidate> kept = step.candidates().stream().filter(c -> c.scene().organized()).toList();
        if (kept.size() == step.candidates().size()) {
            return step;
        }
        int dropped = step.candidates().size() - kept.size();
        boolean bestKept = step.candidates().getFirst().scene().organized();
        String outcome = kept.isEmpty() ? "no-match" : step.outcome().equals("matched") && !bestKept ? "ambiguous" : step.outcome();
        return new MatchStep(step.name(), outcome, step.detail() + "; " + dropped
                + " scene(s) left out as not organized (S2P_ORGANIZED_ONLY)", step.ruleAttempts(), kept);
    }

    /** Every candidate once, with its best score, best first. */
    private static List<Candidate> ranked(List<MatchStep> steps) {
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (MatchStep step : steps) {
            for (Candidate candidate : step.candidates()) {
                best.merge(candidate.scene().id(), candidate, (a, b) -> b.score() > a.score() ? b : a);
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingInt(Candidate::score).reversed())
                .limit(MANUAL_LIMIT)
                .toList();
    }
}
