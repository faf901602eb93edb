package dev.stash2plex.provider.sync;

import dev.stash2plex.core.stash.ImageKind;
import dev.stash2plex.core.stash.Scene;
import dev.stash2plex.core.stash.StashClient;
import dev.stash2plex.core.stash.StashException;
import dev.stash2plex.core.stash.StashImage;
import dev.stash2plex.provider.images.ImageUrls;
import dev.stash2plex.provider.index.store.SyncQueue;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts an item's poster and background into Plex itself, once per image version, so they show even
 * where Plex hands provider image URLs to its cloud image service, which cannot reach a LAN address
 * (see docs/plex-setup.md). With {@code S2P_PUBLIC_URL} set Plex is given our image address to
 * download itself ({@code ?url=}); otherwise the bytes are read from Stash and sent in the body.
 */
final class ArtworkUpload {

    /** Plex's upload paths for the poster and the background. */
    static final List<String> ELEMENTS = List.of("posters", "arts");

    private static final Logger LOG = LoggerFactory.getLogger(ArtworkUpload.class);

    private final StashClient stash;
    private final ImageUrls imageUrls;
    private final boolean plexFetchesUrls;

    /**
     * @param plexFetchesUrls the operator set a public URL, so Plex can download our images itself
     */
    ArtworkUpload(StashClient stash, ImageUrls imageUrls, boolean plexFetchesUrls) {
        this.stash = stash;
        this.imageUrls = imageUrls;
        this.plexFetchesUrls = plexFetchesUrls;
    }

    /**
     * Uploads what this item does not have in the scene's current version.
     *
     * @return how many images were uploaded
     */
    int upload(PlexServer plex, SyncQueue queue, SendPace pace, String ratingKey, Scene scene)
            throws PlexServerException, InterruptedException {
        String version = ImageUrls.versionOf(scene.updatedAt());
        int uploaded = 0;
        byte[] bytes = null;
        String contentType = null;
        for (String element : ELEMENTS) {
            if (queue.uploadedArtwork(ratingKey, element).filter(version::equals).isPresent()) {
                continue;
            }
            pace.await();
            if (plexFetchesUrls) {
                plex.uploadImageUrl(ratingKey, element,
                        imageUrls.url(imageUrls.baseFor(null), ImageKind.SCENE_SCREENSHOT, scene.id(), version));
            } else {
                if (bytes == null) {
                    Optional<StashImage> image = read(scene);
                    if (image.isEmpty()) {
                        return uploaded;
                    }
                    contentType = image.get().contentType();
                    bytes = readAll(image.get(), scene);
                    if (bytes == null) {
                        return uploaded;
                    }
                }
                plex.uploadImage(ratingKey, element, contentType, bytes);
            }
            queue.artworkUploaded(ratingKey, element, version);
            uploaded++;
        }
        return uploaded;
    }

    private Optional<StashImage> read(Scene scene) {
        try {
            return Optional.of(stash.fetchImage(ImageKind.SCENE_SCREENSHOT, scene.id()));
        } catch (StashException e) {
            LOG.atInfo().addKeyValue("scene", scene.id()).addKeyValue("reason", e.getMessage())
                    .log("Plex sync: the scene's picture could not be read from Stash; artwork not uploaded");
            return Optional.empty();
        }
    }

    private static byte[] readAll(StashImage image, Scene scene) {
        try (image) {
            return image.body().readAllBytes();
        } catch (IOException e) {
            LOG.atInfo().addKeyValue("scene", scene.id()).addKeyValue("reason", e.getMessage())
                    .log("Plex sync: the scene's picture from Stash was cut short; artwork not uploaded");
            return null;
        }
    }
}
