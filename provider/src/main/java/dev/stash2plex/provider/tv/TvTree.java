package dev.stash2plex.provider.tv;

import dev.stash2plex.core.stash.Scene;
import dev.stash2plex.core.stash.StashException;
import dev.stash2plex.core.stash.Studio;
import dev.stash2plex.provider.http.Paging;
import dev.stash2plex.provider.plex.Image;
import dev.stash2plex.provider.plex.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A show, season or episode, and the pages of its children or grandchildren, built from Stash. */
final class TvTree {

    /** One page and how many there are in all. */
    record Page(List<Metadata> items, int totalSize) {
    }

    private final TvLayout layout;

    TvTree(TvLayout layout) {
        this.layout = layout;
    }

    Optional<Metadata> item(TvIds.Item item, String imageBase) throws StashException {
        return switch (item) {
            case TvIds.Show show -> withStudio(show.studioId(), (studio, seasons) ->
                    Optional.of(layout.show(studio, seasons, imageBase)));
            case TvIds.Season season -> withStudio(season.studioId(), (studio, seasons) ->
                    Optional.ofNullable(seasons.get(season.year()))
                            .map(ids -> layout.season(studio, season.year(), ids.size(), imageBase)));
            case TvIds.Episode episode -> episode(episode.sceneId(), imageBase);
        };
    }

    /** A show's seasons or a season's episodes (with {@code grandchildren}, a show's episodes); an episode has none. */
    Optional<Page> children(TvIds.Item item, Paging paging, boolean grandchildren, String imageBase)
            throws StashException {
        return switch (item) {
            case TvIds.Show show -> withStudio(show.studioId(), (studio, seasons) -> {
                if (grandchildren) {
                    List<String> all = seasons.values().stream().flatMap(List::stream).toList();
                    return Optional.of(new Page(episodes(paging.slice(all), studio, seasons, imageBase), all.size()));
                }
                List<Metadata> all = new ArrayList<>();
                seasons.forEach((year, ids) -> all.add(layout.season(studio, year, ids.size(), imageBase)));
                return Optional.of(new Page(paging.slice(all), all.size()));
            });
            case TvIds.Season season -> withStudio(season.studioId(), (studio, seasons) -> {
                List<String> ids = seasons.get(season.year());
                if (ids == null) {
                    return Optional.empty();
                }
                List<Metadata> page = grandchildren ? List.of() : episodes(paging.slice(ids), studio, seasons, imageBase);
                return Optional.of(new Page(page, grandchildren ? 0 : ids.size()));
            });
            case TvIds.Episode episode -> episode(episode.sceneId(), imageBase).map(found -> new Page(List.of(), 0));
        };
    }

    Optional<List<Image>> images(TvIds.Item item, String imageBase) throws StashException {
        Optional<Metadata> found = item(item, imageBase);
        return found.map(metadata -> metadata.images() == null ? List.of() : metadata.images());
    }

    private Optional<Metadata> episode(String sceneId, String imageBase) throws StashException {
        Optional<Scene> scene = layout.scene(sceneId);
        if (scene.isEmpty() || scene.get().studio() == null) {
            return Optional.empty();
        }
        Studio studio = scene.get().studio();
        Map<Integer, List<String>> seasons = layout.seasonsOf(studio.id());
        return Optional.of(layout.episode(scene.get(), studio, TvLayout.numberIn(seasons, scene.get()), imageBase));
    }

    /** Each scene of the page as an episode; a scene deleted meanwhile is left out. */
    private List<Metadata> episodes(List<String> sceneIds, Studio studio, Map<Integer, List<String>> seasons,
            String imageBase) throws StashException {
        List<Metadata> episodes = new ArrayList<>();
        for (String id : sceneIds) {
            Optional<Scene> scene = layout.scene(id);
            if (scene.isPresent()) {
                episodes.add(layout.episode(scene.get(), studio, TvLayout.numberIn(seasons, scene.get()), imageBase));
            }
        }
        return episodes;
    }

    @FunctionalInterface
    private interface WithStudio<T> {
        Optional<T> apply(Studio studio, Map<Integer, List<String>> seasons) throws StashException;
    }

    private <T> Optional<T> withStudio(String studioId, WithStudio<T> then) throws StashException {
        Optional<Studio> studio = layout.studio(studioId);
        return studio.isEmpty() ? Optional.empty() : then.apply(studio.get(), layout.seasonsOf(studioId));
    }
}
