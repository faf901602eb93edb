package dev.stash2plex.provider.metadata;

import dev.stash2plex.core.guid.PlexIds;
import dev.stash2plex.core.stash.Scene;
import dev.stash2plex.core.stash.SceneGroup;
import dev.stash2plex.core.stash.StashClient;
import dev.stash2plex.core.stash.StashCollections;
import dev.stash2plex.core.stash.StashException;
import dev.stash2plex.provider.http.ErrorBody;
import dev.stash2plex.provider.http.Routes;
import dev.stash2plex.provider.images.ImageUrls;
import dev.stash2plex.provider.plex.MediaContainer;
import dev.stash2plex.provider.plex.Metadata;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /library/metadata/{ratingKey}} and its {@code /images} and {@code /extras} sub-resources.
 * A malformed key is a 400, an unknown scene a 404. When Stash fails, the answer is an empty container
 * with status 200 rather than a 5xx: Plex keeps what it has and asks again on its next refresh.
 */
public final class MetadataRoutes implements Routes {

    private static final Logger LOG = LoggerFactory.getLogger(MetadataRoutes.class);
    private static final Duration GROUPS_RETRY = Duration.ofMinutes(10);

    private final StashClient stash;
    private final StashCollections collections;
    private final SceneToMetadata mapping;
    private final ImageUrls imageUrls;
    /** Until when (System.nanoTime) not to ask for groups: a Stash before v0.27 refuses the query every time. */
    private final AtomicLong groupsRefusedUntil = new AtomicLong(System.nanoTime());

    public MetadataRoutes(StashClient stash, StashCollections collections, SceneToMetadata mapping, ImageUrls imageUrls) {
        this.stash = stash;
        this.collections = collections;
        this.mapping = mapping;
        this.imageUrls = imageUrls;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PlexIds.METADATA_KEY + "/{ratingKey}", this::metadata);
        routes.get(PlexIds.METADATA_KEY + "/{ratingKey}/images", this::images);
        routes.get(PlexIds.METADATA_KEY + "/{ratingKey}/extras", this::extras);
    }

    private void metadata(Context ctx) {
        sceneFor(ctx).ifPresent(scene -> {
            Metadata metadata = mapping.map(scene, groupsOf(scene), imageUrls.baseFor(ctx.header("Host")));
            ctx.json(MediaContainer.ofMetadata(List.of(metadata)));
        });
    }

    private void images(Context ctx) {
        sceneFor(ctx).ifPresent(scene -> {
            ctx.json(MediaContainer.ofImages(mapping.images(scene, imageUrls.baseFor(ctx.header("Host")))));
        });
    }

    /**
     * The scene's groups for its collections. Without them the movie is still answered: a Stash before
     * v0.27 has no groups and rejects the query, and a failure here must not cost the item its metadata.
     */
    private List<SceneGroup> groupsOf(Scene scene) {
        if (!mapping.wantsGroups() || System.nanoTime() - groupsRefusedUntil.get() < 0) {
            return List.of();
        }
        try {
            return collections.groupsOf(scene.id());
        } catch (StashException.QueryRejected e) {
            // Asked again after a while: Stash may have been upgraded meanwhile.
            groupsRefusedUntil.set(System.nanoTime() + GROUPS_RETRY.toNanos());
            LOG.info("Stash refused the groups query ({}); group collections are left out for {} min (groups need Stash v0.27+)",
                    e.getMessage(), GROUPS_RETRY.toMinutes());
            return List.of();
        } catch (StashException e) {
            LOG.debug("Groups of scene {} unavailable: Stash {} ({})", scene.id(), e.kind(), e.getMessage());
            return List.of();
        }
    }

    /** Stash has no trailers; an empty list (not a 404) keeps Plex's log quiet and its other extras intact. */
    private void extras(Context ctx) {
        if (PlexIds.isRatingKey(ctx.pathParam("ratingKey"))) {
            ctx.json(MediaContainer.ofMetadata(List.of()));
        } else {
            badKey(ctx);
        }
    }

    /** The scene, or empty after the answer for a bad key, an unknown scene or a Stash failure was sent. */
    private Optional<Scene> sceneFor(Context ctx) {
        String ratingKey = ctx.pathParam("ratingKey");
        if (!PlexIds.isRatingKey(ratingKey)) {
            badKey(ctx);
            return Optional.empty();
        }
        try {
            Optional<Scene> scene = stash.findScene(ratingKey);
            if (scene.isEmpty()) {
                ErrorBody.send(ctx, 404, "unknown-scene", "Stash has no scene " + ratingKey);
            }
            return scene;
        } catch (StashException e) {
            LOG.warn("Metadata for scene {} unavailable: Stash {} ({})", ratingKey, e.kind(), e.getMessage());
            ctx.header("Cache-Control", "no-store");
            ctx.json(MediaContainer.ofMetadata(List.of()));
            return Optional.empty();
        }
    }

    private static void badKey(Context ctx) {
        ErrorBody.send(ctx, 400, "bad-rating-key",
                "A ratingKey is a Stash scene id (digits only), e.g. /library/metadata/42");
    }
}
