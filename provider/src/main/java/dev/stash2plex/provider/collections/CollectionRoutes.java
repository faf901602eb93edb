package dev.stash2plex.provider.collections;

import dev.stash2plex.core.guid.PlexIds.CollectionKind;
import dev.stash2plex.core.guid.PlexIds;
import dev.stash2plex.core.stash.StashException;
import dev.stash2plex.provider.http.ErrorBody;
import dev.stash2plex.provider.http.Paging;
import dev.stash2plex.provider.http.Routes;
import dev.stash2plex.provider.images.ImageUrls;
import dev.stash2plex.provider.plex.MediaContainer;
import dev.stash2plex.provider.plex.Metadata;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code collection} feature: {@code GET /library/collections/{ratingKey}} (the collection itself)
 * and {@code …/children} (its movies, paged). A ratingKey names a studio, group or tag
 * ({@code studio-5}, {@code group-3}, {@code tag-10}); anything else is a 400, an unknown one a 404.
 * When Stash fails the answer is an empty container with 200, as for the metadata feature.
 */
public final class CollectionRoutes implements Routes {

    private static final Logger LOG = LoggerFactory.getLogger(CollectionRoutes.class);

    private final StashCollectionSource source;
    private final ImageUrls imageUrls;

    public CollectionRoutes(StashCollectionSource source, ImageUrls imageUrls) {
        this.source = source;
        this.imageUrls = imageUrls;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PlexIds.COLLECTION_KEY + "/{ratingKey}", this::collection);
        routes.get(PlexIds.COLLECTION_KEY + "/{ratingKey}/children", this::children);
    }

    private void collection(Context ctx) {
        parse(ctx).ifPresent(id -> {
            try {
                Optional<Metadata> item = source.collection(id.getKey(), id.getValue(), base(ctx));
                if (item.isEmpty()) {
                    unknown(ctx);
                } else {
                    ctx.json(MediaContainer.ofMetadata(List.of(item.get())));
                }
            } catch (StashException e) {
                stashFailed(ctx, e);
            }
        });
    }

    private void children(Context ctx) {
        parse(ctx).ifPresent(id -> {
            Paging paging = Paging.of(ctx);
            try {
                Optional<StashCollectionSource.Members> members =
                        source.members(id.getKey(), id.getValue(), paging, base(ctx));
                if (members.isEmpty()) {
                    unknown(ctx);
                    return;
                }
                paging.answerHeaders(ctx, members.get().totalSize());
                ctx.json(MediaContainer.ofPage(members.get().page(), paging.start(), members.get().totalSize()));
            } catch (StashException e) {
                stashFailed(ctx, e);
            }
        });
    }

    private String base(Context ctx) {
        return imageUrls.baseFor(ctx.header("Host"));
    }

    private static Optional<Map.Entry<CollectionKind, String>> parse(Context ctx) {
        Optional<Map.Entry<CollectionKind, String>> id = PlexIds.parseCollection(ctx.pathParam("ratingKey"));
        if (id.isEmpty()) {
            ErrorBody.send(ctx, 400, "bad-rating-key", "A collection's ratingKey is studio-, group- or tag- and a Stash id,"
                    + " e.g. /library/collections/studio-5");
        }
        return id;
    }

    private static void unknown(Context ctx) {
        ErrorBody.send(ctx, 404, "unknown-collection", "Stash has no " + ctx.pathParam("ratingKey").replace('-', ' '));
    }

    private static void stashFailed(Context ctx, StashException e) {
        LOG.warn("Collection {} unavailable: Stash {} ({})", ctx.pathParam("ratingKey"), e.kind(), e.getMessage());
        ctx.header("Cache-Control", "no-store");
        ctx.json(MediaContainer.ofMetadata(List.of()));
    }
}
