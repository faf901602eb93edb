package dev.stash2plex.provider.metadata;

import dev.stash2plex.core.guid.PlexIds;
import dev.stash2plex.core.stash.ImageKind;
import dev.stash2plex.core.stash.Performer;
import dev.stash2plex.core.stash.Scene;
import dev.stash2plex.core.stash.SceneFile;
import dev.stash2plex.core.stash.SceneGroup;
import dev.stash2plex.core.stash.StashDates;
import dev.stash2plex.core.stash.Studio;
import dev.stash2plex.provider.images.ImageUrls;
import dev.stash2plex.provider.metadata.MetadataOptions.Field;
import dev.stash2plex.provider.plex.Image;
import dev.stash2plex.provider.plex.Metadata;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a Stash scene onto a Plex movie, sending what {@link MetadataOptions} allows. Pure:
 * everything it needs arrives as arguments.
 */
public final class SceneToMetadata {

    /**
     * The rating badge's image. Plex displays only its own closed set of images (IMDb, TMDB, Rotten
     * Tomatoes) and would show Stash's rating under another site's logo; a scheme of our own is
     * stored by Plex but, as far as is known, not displayed.
     */
    static final String RATING_IMAGE = "stash://image.rating";

    private final ImageUrls imageUrls;
    private final MetadataOptions options;
    private final SceneCollections collections;

    public SceneToMetadata(ImageUrls imageUrls) {
        this(imageUrls, MetadataOptions.defaults());
    }

    public SceneToMetadata(ImageUrls imageUrls, MetadataOptions options) {
        this.imageUrls = imageUrls;
        this.options = options;
        this.collections = new SceneCollections(imageUrls, options);
    }

    public Metadata map(Scene scene, String imageBase) {
        return map(scene, List.of(), imageBase);
    }

    /** @param groups the scene's groups, for their collections (empty on a Stash before v0.27) */
    public Metadata map(Scene scene, List<SceneGroup> groups, String imageBase) {
        return fill(Metadata.builder(scene.id(), PlexIds.key(scene.id()), PlexIds.guid(scene.id()), Metadata.MOVIE,
                title(scene)), scene, imageBase)
                .collections(collections.of(scene, groups, imageBase))
                .build();
    }

    /** Whether the movie's collections need the scene's groups (one more Stash call). */
    public boolean wantsGroups() {
        return options.sends(Field.GROUP_COLLECTIONS);
    }

    /** The title Plex shows: Stash's, or the title template's for a scene without one. */
    public String title(Scene scene) {
        return TitleTemplate.title(scene, options.titleTemplate());
    }

    /** Everything a scene says about itself, on any item type (a movie, or an episode of the TV layout). */
    public Metadata.Builder fill(Metadata.Builder item, Scene scene, String imageBase) {
        String poster = posterUrl(scene, imageBase);
        Studio studio = options.sends(Field.STUDIO) ? scene.studio() : null;
        return item
                .originallyAvailableAt(StashDates.fullDate(scene.date()))
                .year(StashDates.year(scene.date()))
                .summary(options.sends(Field.SUMMARY) ? scene.details() : null)
                .tagline(options.sends(Field.TAGLINE) ? scene.code() : null)
                .studio(studio == null ? null : studio.name())
                .contentRating(options.sends(Field.CONTENT_RATING) && !options.contentRating().isEmpty()
                        ? options.contentRating() : null)
                .duration(durationMillis(scene.files()))
                .thumb(poster)
                .art(poster)
                .isAdult(true)
                .images(images(scene, imageBase))
                .genres(options.sends(Field.TAGS) ? genres(scene) : List.of())
                .roles(options.sends(Field.PERFORMERS) ? roles(scene.performers(), imageBase) : List.of())
                .directors(scene.director() == null || !options.sends(Field.DIRECTOR) ? List.of()
                        : List.of(new Metadata.Person(scene.director(), "Director", null, null)))
                .studios(studios(studio))
                .guids(options.sends(Field.STASH_IDS) ? StashBoxGuids.of(scene.stashIds()) : List.of())
                .ratings(scene.rating100() == null || !options.sends(Field.RATING) ? List.of()
                        : List.of(new Metadata.Rating(RATING_IMAGE, "audience", scene.rating100() / 10.0)));
    }

    /** Every picture Plex may offer for the scene: the screenshot as poster and background, the studio logo. */
    public List<Image> images(Scene scene, String imageBase) {
        String title = title(scene);
        String poster = posterUrl(scene, imageBase);
        List<Image> images = new ArrayList<>();
        images.add(new Image(Image.COVER_POSTER, poster, title));
        images.add(new Image(Image.BACKGROUND, poster, title));
        Studio studio = scene.studio();
        if (studio != null && studio.hasImage()) {
            images.add(new Image(Image.CLEAR_LOGO,
                    imageUrls.url(imageBase, ImageKind.STUDIO, studio.id(), studio.imageVersion()), studio.name()));
        }
        return images;
    }

    private String posterUrl(Scene scene, String imageBase) {
        return imageUrls.url(imageBase, ImageKind.SCENE_SCREENSHOT, scene.id(), ImageUrls.versionOf(scene.updatedAt()));
    }

    private List<Metadata.Tag> genres(Scene scene) {
        return scene.tags().stream()
                .filter(tag -> !options.ignoresTag(tag.name()))
                .map(tag -> new Metadata.Tag(tag.name()))
                .toList();
    }

    /** The studio, then its parent (Plex shows every entry of {@code Studio}; the scalar keeps the studio itself). */
    private List<Metadata.Tag> studios(Studio studio) {
        if (studio == null) {
            return List.of();
        }
        List<Metadata.Tag> studios = new ArrayList<>();
        studios.add(new Metadata.Tag(studio.name()));
        if (studio.parent() != null && options.sends(Field.PARENT_STUDIO)) {
            studios.add(new Metadata.Tag(studio.parent().name()));
        }
        return studios;
    }

    /**
     * The performers in Stash's order. A disambiguation goes in {@code role} (what Plex shows under the
     * name), never into the name: Plex finds a person's other items by the name alone.
     */
    private List<Metadata.Person> roles(List<Performer> performers, String imageBase) {
        List<Metadata.Person> roles = new ArrayList<>();
        for (Performer performer : performers) {
            String photo = performer.hasImage()
                    ? imageUrls.url(imageBase, ImageKind.PERFORMER, performer.id(), performer.imageVersion())
                    : null;
            String role = options.sends(Field.DISAMBIGUATION) ? performer.disambiguation() : null;
            roles.add(new Metadata.Person(performer.name(), role, photo, roles.size() + 1));
        }
        return roles;
    }

    private static Long durationMillis(List<SceneFile> files) {
        if (files.isEmpty() || files.getFirst().durationSeconds() <= 0) {
            return null;
        }
        return Math.round(files.getFirst().durationSeconds() * 1000);
    }
}
