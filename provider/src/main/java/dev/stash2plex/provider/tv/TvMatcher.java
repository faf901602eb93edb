package dev.stash2plex.provider.tv;

import dev.stash2plex.core.guid.PlexIds;
import dev.stash2plex.core.stash.Scene;
import dev.stash2plex.core.stash.StashDates;
import dev.stash2plex.core.stash.StashException;
import dev.stash2plex.core.stash.Studio;
import dev.stash2plex.provider.match.Candidate;
import dev.stash2plex.provider.match.MatchRequest;
import dev.stash2plex.provider.match.Matcher;
import dev.stash2plex.provider.plex.Manifest;
import dev.stash2plex.provider.plex.Metadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plex's TV match: the file Plex names (for a show or season, the first file it found) is found
 * exactly as for a movie, and its scene answers as the episode, its studio as the show, its year as
 * the season — always an item of the type Plex asked for. A guid of ours resolves directly.
 */
final class TvMatcher {

    private final Matcher matcher;
    private final TvLayout layout;

    TvMatcher(Matcher matcher, TvLayout layout) {
        this.matcher = matcher;
        this.layout = layout;
    }

    List<Metadata> match(MatchRequest request, String imageBase) throws StashException {
        int type = request.type() == null ? Manifest.EPISODE : request.type();
        if (type < Manifest.SHOW || type > Manifest.EPISODE) {
            return List.of();
        }
        Optional<TvIds.Item> own = TvIds.parseGuid(request.guid());
        String movieGuid = own.filter(TvIds.Episode.class::isInstance).map(item -> PlexIds.guid(((TvIds.Episode) item).sceneId()))
                .orElse(own.isPresent() ? null : request.guid());
        if (own.isPresent() && !(own.get() instanceof TvIds.Episode)) {
            return ownShowOrSeason(own.get(), type, imageBase);
        }
        // The movie steps find the scene; a movie-typed request, since they serve movie libraries.
        List<Candidate> candidates = matcher.match(new MatchRequest(Manifest.MOVIE, request.title(), request.year(),
                movieGuid, request.filename(), request.manual())).candidates();
        Map<String, Metadata> items = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            Optional<Scene> scene = layout.scene(candidate.scene().id());
            Optional<Studio> studio = scene.map(Scene::studio);
            if (scene.isEmpty() || studio.isEmpty()) {
                continue;   // a scene without a studio is in no show
            }
            Metadata item = itemFor(type, scene.get(), studio.get(), imageBase);
            items.putIfAbsent(item.ratingKey(), item.withScore(candidate.score()));
        }
        return new ArrayList<>(items.values());
    }

    private Metadata itemFor(int type, Scene scene, Studio studio, String imageBase) throws StashException {
        Map<Integer, List<String>> seasons = layout.seasonsOf(studio.id());
        int year = Optional.ofNullable(StashDates.year(scene.date())).orElse(TvIds.UNDATED_SEASON);
        return switch (type) {
            case Manifest.SHOW -> layout.show(studio, seasons, imageBase);
            case Manifest.SEASON -> layout.season(studio, year, seasons.getOrDefault(year, List.of()).size(), imageBase);
            default -> layout.episode(scene, studio, TvLayout.numberIn(seasons, scene), imageBase);
        };
    }

    private List<Metadata> ownShowOrSeason(TvIds.Item item, int type, String imageBase) throws StashException {
        String studioId = item instanceof TvIds.Show show ? show.studioId() : ((TvIds.Season) item).studioId();
        Optional<Studio> studio = layout.studio(studioId);
        if (studio.isEmpty()) {
            return List.of();
        }
        Map<Integer, List<String>> seasons = layout.seasonsOf(studioId);
        if (item instanceof TvIds.Season season && type == Manifest.SEASON && seasons.containsKey(season.year())) {
            return List.of(layout.season(studio.get(), season.year(), seasons.get(season.year()).size(),
                    imageBase).withScore(100));
        }
        return type == Manifest.SHOW ? List.of(layout.show(studio.get(), seasons, imageBase).withScore(100)) : List.of();
    }
}
