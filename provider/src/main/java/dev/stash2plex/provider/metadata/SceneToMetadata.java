package dev.stash2plex.provider.metadata;

import dev.stash2plex.core.guid.PlexIds;
import dev.stash2plex.core.stash.ImageKind;
import dev.stash2plex.core.stash.Performer;
import dev.stash2plex.core.stash.Scene;
import dev.stash2plex.core.stash.SceneFile;
import dev.stash2plex.core.stash.StashDates;
import dev.stash2plex.core.stash.Studio;
import dev.stash2plex.provider.images.ImageUrls;
import dev.stash2plex.provider.plex.Image;
import dev.stash2plex.provider.plex.Metadata;
import java.util.ArrayList;
import java.util.List;

/** Maps a Stash scene onto a Plex movie. Pure: everything it needs arrives as arguments. */
public final class SceneToMetadata {

    private final ImageUrls imageUrls;

    public SceneToMetadata(ImageUrls imageUrls) {
        this.imageUrls = imageUrls;
    }

    public Metadata map(Scene scene, String imageBase) {
        String title = SceneTitles.displayTitle(scene.title(), scene.files());
        String poster = posterUrl(scene, imageBase);
        Studio studio = scene.studio();
        return new Metadata(
                scene.id(),
                PlexIds.key(scene.id()),
                PlexIds.guid(scene.id()),
                Metadata.MOVIE,
                title,
                StashDates.fullDate(scene.date()),
                StashDates.year(scene.date()),
                scene.details(),
                studio == null ? null : studio.name(),
                durationMillis(scene.files()),
                poster,
                poster,
                true,
                null,
                images(scene, imageBase),
                scene.tags().stream().map(tag -> new Metadata.Tag(tag.name())).toList(),
                roles(scene.performers(), imageBase),
                scene.director() == null ? List.of() : List.of(new Metadata.Person(scene.director(), "Director", null, null)),
                studio == null ? List.of() : List.of(new Metadata.Tag(studio.name())));
    }

    /** Every picture Plex may offer for the scene: the screenshot as poster and background, the studio logo. */
    public List<Image> images(Scene scene, String imageBase) {
        String title = SceneTitles.displayTitle(scene.title(), scene.files());
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

    private List<Metadata.Person> roles(List<Performer> performers, String imageBase) {
        List<Metadata.Person> roles = new ArrayList<>();
        for (Performer performer : performers) {
            String photo = performer.hasImage()
                    ? imageUrls.url(imageBase, ImageKind.PERFORMER, performer.id(), performer.imageVersion())
                    : null;
            roles.add(new Metadata.Person(performer.name(), null, photo, roles.size() + 1));
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
