package dev.stash2plex.provider.match;

import dev.stash2plex.core.stash.SceneHit;
import dev.stash2plex.core.stash.StashClient;
import dev.stash2plex.core.stash.StashException;
import dev.stash2plex.provider.fingerprint.FingerprintReadException;
import dev.stash2plex.provider.fingerprint.MediaFiles;
import dev.stash2plex.provider.fingerprint.OsHash;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The file's own bytes: where the provider can read Plex's media ({@code S2P_MEDIA_ROOTS}), its
 * oshash is computed (size plus 128 KiB read) and looked up among Stash's fingerprints. It needs
 * no path rule and survives renames and moves, so it comes right after the exact path.
 */
final class FingerprintStep {

    private final StashClient stash;
    private final MediaFiles media;
    private final boolean configured;

    FingerprintStep(StashClient stash, MediaFiles media, boolean configured) {
        this.stash = stash;
        this.media = media;
        this.configured = configured;
    }

    MatchStep byFingerprint(String filename) throws StashException {
        if (!configured) {
            return MatchStep.skipped("fingerprint", "No media folders to read (S2P_MEDIA_ROOTS is not set)");
        }
        Optional<Path> file = media.find(filename);
        if (file.isEmpty()) {
            return MatchStep.skipped("fingerprint", "The file is not readable under S2P_MEDIA_ROOTS");
        }
        Optional<String> oshash;
        try {
            oshash = OsHash.of(file.get());
        } catch (FingerprintReadException e) {
            return MatchStep.skipped("fingerprint", "The file could not be read: " + e.getMessage());
        }
        if (oshash.isEmpty()) {
            return MatchStep.skipped("fingerprint", "The file is too small for an oshash");
        }
        List<SceneHit> hits = stash.findScenesByOshash(oshash.get());
        String detail = "oshash " + oshash.get();
        if (hits.isEmpty()) {
            return MatchStep.of("fingerprint", "no-match", detail + ": no Stash file has it", List.of());
        }
        boolean unique = hits.size() == 1;
        int score = unique ? Scores.SAME_FINGERPRINT : Scores.SAME_FINGERPRINT_SEVERAL_SCENES;
        List<Candidate> candidates = hits.stream()
                .map(hit -> new Candidate(hit, score, "fingerprint", "same oshash " + oshash.get()))
                .toList();
        return MatchStep.of("fingerprint", unique ? "matched" : "ambiguous",
                detail + (unique ? ": one scene has a file with these bytes" : ": " + hits.size() + " scenes share it"),
                candidates);
    }
}
