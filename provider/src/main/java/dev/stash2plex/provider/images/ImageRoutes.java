package dev.stash2plex.provider.images;

import dev.stash2plex.provider.http.ErrorBody;
import dev.stash2plex.provider.http.Routes;
import dev.stash2plex.provider.plex.PlexIds;
import dev.stash2plex.provider.stash.ImageKind;
import dev.stash2plex.provider.stash.StashClient;
import dev.stash2plex.provider.stash.StashException;
import dev.stash2plex.provider.stash.StashImage;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /images/{kind}/{id}/{version}}: streams a scene, performer or studio picture from Stash,
 * which Plex cannot fetch itself because it cannot send the API key. The version segment is only for
 * Plex's cache and is ignored here.
 */
public final class ImageRoutes implements Routes {

    private static final Logger LOG = LoggerFactory.getLogger(ImageRoutes.class);
    private static final Map<String, ImageKind> KINDS = Map.of(
            "scene", ImageKind.SCENE_SCREENSHOT, "performer", ImageKind.PERFORMER, "studio", ImageKind.STUDIO);

    private final StashClient stash;

    public ImageRoutes(StashClient stash) {
        this.stash = stash;
    }

    static String segment(ImageKind kind) {
        return switch (kind) {
            case SCENE_SCREENSHOT -> "scene";
            case PERFORMER -> "performer";
            case STUDIO -> "studio";
        };
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/images/{kind}/{id}/{version}", this::image);
    }

    private void image(Context ctx) throws IOException {
        ImageKind kind = KINDS.get(ctx.pathParam("kind"));
        String id = ctx.pathParam("id");
        if (kind == null || !PlexIds.isRatingKey(id)) {
            ErrorBody.send(ctx, 404, "not-found", "No such image: use /images/{scene|performer|studio}/{id}/{version}");
            return;
        }
        StashImage image;
        try {
            image = stash.fetchImage(kind, id);
        } catch (StashException e) {
            LOG.warn("Image {} {} unavailable from Stash: {} ({})", segment(kind), id, e.getMessage(), e.kind());
            // Not a 5xx: the provider works, Stash does not; Plex simply retries the artwork on its next refresh.
            ErrorBody.send(ctx, 404, "stash-" + e.kind(), "Image not available from Stash: " + e.getMessage());
            return;
        }
        try (image) {
            ctx.status(200);
            ctx.contentType(image.contentType());
            ctx.header("Cache-Control", "public, max-age=604800");
            if (image.contentLength() >= 0) {
                ctx.header("Content-Length", Long.toString(image.contentLength()));
            }
            image.body().transferTo(ctx.outputStream());
        }
    }
}
