package dev.stash2plex.provider.match;

import dev.stash2plex.core.stash.SceneHit;
import dev.stash2plex.core.stash.StashClient;
import dev.stash2plex.core.stash.StashDates;
import dev.stash2plex.core.stash.StashException;
import dev.stash2plex.provider.metadata.SceneTitles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The weakest evidence: a title search. Only an exact title with no conflicting year is good enough
 * for an automatic match, and only when it is the only one; a wrong automatic guess silently
 * mislabels the item, while no guess leaves it for Fix Match.
 */
final class TitleStep {

    /**
     * Candidates to rank. Stash's own search returns them by id, not by relevance, so 10 missed the
     * right scene in a third of title searches in a 100,000-scene library; the index returns them
     * by full-text rank, and either way the ranking below decides.
     */
    private static final int SEARCH_LIMIT = 100;

    private final StashClient stash;

    TitleStep(StashClient stash) {
        this.stash = stash;
    }

    MatchStep byTitle(String rawTitle, Integer rawYear) throws StashException {
        TitleSimilarity.CleanTitle wanted = TitleSimilarity.clean(rawTitle, rawYear);
        String wantedNormalized = TitleSimilarity.normalize(wanted.title());
        if (wantedNormalized.isEmpty()) {
            return MatchStep.skipped("title", "The title has no letters or digits to search for");
        }
        record Scored(Candidate candidate, double similarity, boolean exact, boolean yearAgrees, boolean studioNamed) {
        }
        String requestWords = " " + TitleSimilarity.normalize(rawTitle) + " ";
        List<Scored> scored = new ArrayList<>();
        for (SceneHit hit : stash.searchScenes(wanted.title(), SEARCH_LIMIT)) {
            String title = SceneTitles.displayTitle(hit.title(), hit.files());
            double similarity = TitleSimilarity.similarity(wanted.title(), title);
            if (similarity == 0) {
                continue;
            }
            boolean exact = TitleSimilarity.normalize(title).equals(wantedNormalized);
            Integer year = StashDates.year(hit.date());
            boolean yearAgrees = wanted.year() == null || Objects.equals(year, wanted.year());
            int score = !exact ? Scores.TITLE_PARTIAL
                    : wanted.year() == null || year == null ? Scores.TITLE_ONLY
                    : yearAgrees ? Scores.TITLE_AND_YEAR : Scores.TITLE_OTHER_YEAR;
            String reason = (exact ? "same title" : "title words in common: " + Math.round(similarity * 100) + "%")
                    + (year == null ? "" : ", year " + year);
            // Plex's title often still holds the studio ("Studio - Title"): among equals, that studio's scene first.
            boolean studioNamed = hit.studio() != null && !TitleSimilarity.normalize(hit.studio()).isEmpty()
                    && requestWords.contains(" " + TitleSimilarity.normalize(hit.studio()) + " ");
            scored.add(new Scored(new Candidate(hit, score, "title", reason + (studioNamed ? ", studio named" : "")),
                    similarity, exact, yearAgrees, studioNamed));
        }
        scored.sort(Comparator.comparingInt((Scored s) -> s.candidate().score()).reversed()
                .thenComparing(Comparator.comparingDouble(Scored::similarity).reversed())
                .thenComparing(Scored::studioNamed, Comparator.reverseOrder()));
        List<Candidate> candidates = scored.stream().map(Scored::candidate).toList();
        long confident = scored.stream().filter(s -> s.exact() && s.yearAgrees()).count();
        String query = "\"" + wanted.title() + "\"" + (wanted.year() == null ? "" : " (" + wanted.year() + ")");
        if (candidates.isEmpty()) {
            return MatchStep.of("title", "no-match", "No scene title resembles " + query, candidates);
        }
        if (confident == 1 && scored.getFirst().exact() && scored.getFirst().yearAgrees()) {
            return MatchStep.of("title", "matched", "Exactly one scene is titled " + query, candidates);
        }
        return MatchStep.of("title", "ambiguous", "No single scene is titled exactly " + query, candidates);
    }
}
