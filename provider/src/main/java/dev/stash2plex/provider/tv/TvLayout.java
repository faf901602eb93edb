package dev.stash2plex.provider.tv;

import dev.stash2plex.core.stash.ImageKind;
import dev.stash2plex.core.stash.Scene;
import dev.stash2plex.core.stash.SceneDate;
import dev.stash2plex.core.stash.StashClient;
import dev.stash2plex.core.stash.StashCollections;
import dev.stash2plex.core.stash.StashDates;
import dev.stash2plex.core.stash.StashException;
import dev.stash2plex.core.stash.Studio;
import dev.stash2plex.provider.images.ImageUrls;
import dev.stash2plex.provider.metadata.SceneToMetadata;
import dev.stash2plex.provider.plex.Image;
import dev.stash2plex.provider.plex.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Stash seen as TV: a studio is a show, each year of its scenes a season (undated scenes in season 0),
 * each scene an episode numbered by date within its year. A scene without a studio is in no show.
 */
public final class TvLayout {

    private final StashClient scenes;
    private final StashCollections stash;
    private final SceneToMetadata mapping;
    private final ImageUrls imageUrls;

    public TvLayout(StashClient scenes, StashCollections stash, SceneToMetadata mapping, ImageUrls imageUrls) {
        this.scenes = scenes;
        this.stash = stash;
        this.mapping = mapping;
        this.imageUrls = imageUrls;
    }

    /** The studio's scene ids by season (year), each season's ids in episode order. */
    Map<Integer, List<String>> seasonsOf(String studioId) throws StashException {
        Map<Integer, List<String>> seasons = new TreeMap<>();
        for (SceneDate scene : stash.sceneDatesOfStudio(studioId)) {
            Integer year = StashDates.year(scene.date());
            seasons.computeIfAbsent(year == null ? TvIds.UNDATED_SEASON : year, y -> new ArrayList<>()).add(scene.id());
        }
        return seasons;
    }

    Optional<Studio> studio(String studioId) throws StashException {
        return stash.studio(studioId);
    }

    Optional<Scene> scene(String sceneId) throws StashException {
        return scenes.findScene(sceneId);
    }

    Metadata show(Studio studio, Map<Integer, List<String>> seasons, String imageBase) {
        String ratingKey = TvIds.showKey(studio.id());
        String logo = studio.hasImage() ? imageUrls.url(imageBase, ImageKind.STUDIO, studio.id(), studio.imageVersion()) : null;
        return Metadata.builder(ratingKey, TvIds.key(ratingKey) + "/children", TvIds.guid(Metadata.SHOW, ratingKey),
                        Metadata.SHOW, studio.name())
                .studio(studio.parent() == null ? studio.name() : studio.parent().name())
                .thumb(logo).isAdult(true)
                .images(logo == null ? List.of() : List.of(new Image(Image.COVER_POSTER, logo, studio.name()),
                        new Image(Image.CLEAR_LOGO, logo, studio.name())))
                .childCount(seasons.size())
                .leafCount(seasons.values().stream().mapToInt(List::size).sum())
                .build();
    }

    Metadata season(Studio studio, int year, int episodes, String imageBase) {
        String ratingKey = TvIds.seasonKey(studio.id(), year);
        String showKey = TvIds.showKey(studio.id());
        String logo = studio.hasImage() ? imageUrls.url(imageBase, ImageKind.STUDIO, studio.id(), studio.imageVersion()) : null;
        return Metadata.builder(ratingKey, TvIds.key(ratingKey) + "/children", TvIds.guid(Metadata.SEASON, ratingKey),
                        Metadata.SEASON, year == TvIds.UNDATED_SEASON ? "Undated" : Integer.toString(year))
                .index(year)
                .year(year == TvIds.UNDATED_SEASON ? null : year)
                .thumb(logo)
                .parent(showKey, TvIds.key(showKey), TvIds.guid(Metadata.SHOW, showKey), studio.name(), null)
                .leafCount(episodes)
                .build();
    }

    /** @param number the episode's number in its season, 1-based */
    Metadata episode(Scene scene, Studio studio, int number, String imageBase) {
        int year = Optional.ofNullable(StashDates.year(scene.date())).orElse(TvIds.UNDATED_SEASON);
        String ratingKey = TvIds.episodeKey(scene.id());
        String seasonKey = TvIds.seasonKey(studio.id(), year);
        String showKey = TvIds.showKey(studio.id());
        return mapping.fill(Metadata.builder(ratingKey, TvIds.key(ratingKey), TvIds.guid(Metadata.EPISODE, ratingKey),
                                Metadata.EPISODE, mapping.title(scene)), scene, imageBase)
                .index(number)
                .parent(seasonKey, TvIds.key(seasonKey), TvIds.guid(Metadata.SEASON, seasonKey),
                        year == TvIds.UNDATED_SEASON ? "Undated" : Integer.toString(year), year)
                .grandparent(showKey, TvIds.key(showKey), TvIds.guid(Metadata.SHOW, showKey), studio.name())
                .build();
    }

    /** The scene's place: its season's year and its number in it, from the studio's seasons. */
    static int numberIn(Map<Integer, List<String>> seasons, Scene scene) {
        int year = Optional.ofNullable(StashDates.year(scene.date())).orElse(TvIds.UNDATED_SEASON);
        List<String> ids = seasons.getOrDefault(year, List.of());
        int at = ids.indexOf(scene.id());
        return at < 0 ? ids.size() + 1 : at + 1;
    }
}
