package dev.stash2plex.provider.match;

import dev.stash2plex.core.stash.Scene;
import dev.stash2plex.core.stash.SceneFile;
import dev.stash2plex.core.stash.SceneHit;
import dev.stash2plex.core.stash.StashClient;
import dev.stash2plex.core.stash.StashException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Re-matches an item another Stash agent matched, from the guid it left: the item keeps its scene
 * when a library switches to Stash2Plex. The guid is trusted only as far as the file agrees: when Plex
 * names the file and no file of the scene has its name (another Stash, a re-created scene), the scene
 * is only offered, never matched automatically, and the file steps decide.
 */
final class LegacyGuidStep {

    static final String NAME = "legacy-guid";

    private final StashClient stash;

    LegacyGuidStep(StashClient stash) {
        this.stash = stash;
    }

    MatchStep byLegacyGuid(LegacyGuid guid, String filename) throws StashException {
        List<SceneHit> hits = guid.sceneId() != null
                ? stash.findScene(guid.sceneId()).map(LegacyGuidStep::hit).stream().toList()
                : stash.findScenesByStashId(guid.stashBoxId().endpoint(), guid.stashBoxId().stashId());
        String names = guid.sceneId() != null ? "scene " + guid.sceneId()
                : "stash-box id " + guid.stashBoxId().stashId() + " of " + guid.stashBoxId().endpoint();
        String what = guid.agent() + "'s guid names " + names;
        if (hits.isEmpty()) {
            return MatchStep.of(NAME, "no-match", what + "; Stash has no such scene", List.of());
        }
        Optional<String> basename = basename(filename);
        List<SceneHit> agreeing = basename.isEmpty() ? hits
                : hits.stream().filter(hit -> hasFileNamed(hit, basename.get())).toList();
        if (agreeing.size() == 1) {
            String why = basename.isPresent() ? "its file has the same name" : "Plex sent no file name to compare";
            return MatchStep.of(NAME, "matched", what + "; " + why, List.of(new Candidate(agreeing.getFirst(),
                    basename.isPresent() ? Scores.LEGACY_GUID_SAME_FILE : Scores.LEGACY_GUID, NAME, what)));
        }
        String detail = agreeing.isEmpty()
                ? what + ", but no file of it is named " + basename.orElse("") + "; the file decides"
                : what + ", and " + agreeing.size() + " scenes carry it";
        return MatchStep.of(NAME, "ambiguous", detail, hits.stream()
                .map(hit -> new Candidate(hit, Scores.LEGACY_GUID_DISPUTED, NAME, detail)).toList());
    }

    private static SceneHit hit(Scene scene) {
        return SceneHit.of(scene);
    }

    private static Optional<String> basename(String filename) {
        if (filename == null) {
            return Optional.empty();
        }
        List<String> segments = FileSteps.segments(filename);
        return segments.isEmpty() ? Optional.empty() : Optional.of(segments.getLast());
    }

    private static boolean hasFileNamed(SceneHit hit, String basename) {
        String wanted = basename.toLowerCase(Locale.ROOT);
        return hit.files().stream().map(SceneFile::basename).anyMatch(name -> name.toLowerCase(Locale.ROOT).equals(wanted));
    }
}
