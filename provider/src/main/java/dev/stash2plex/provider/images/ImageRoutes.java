package dev.stash2plex.provider.images;

import dev.stash2plex.core.guid.PlexIds;
import dev.stash2plex.core.stash.ImageKind;
import dev.stash2plex.core.stash.ImageStreamException;
import dev.stash2plex.core.stash.StashClient;
import dev.stash2plex.core.stash.StashException;
import dev.stash2plex.core.stash.StashImage;
import dev.stash2plex.provider.http.ErrorBody;
import dev.stash2plex.provider.http.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /images/{kind}/{id}/{version}}: streams a scene, performer or studio picture from Stash,
 * which Plex cannot fetch itself because it cannot send the API key. The version segment is only for
 * Plex's cache and is ignored here.
 *
 * <p>Copies chunk by chunk and tells the two sides' failures apart: when Stash's image breaks off
 * (too large, incomplete, too slow) the answer is a 502 JSON while nothing has gone out yet, and a cut
 * connection after that, so Plex never keeps a truncated picture; when Plex goes away, the transfer
 * from Stash is cancelled at once, which frees its Stash slot.
 */
public final class ImageRoutes implements Routes {

    private static final Logger LOG = LoggerFactory.getLogger(ImageRoutes.class);
    private static final Map<String, ImageKind> KINDS = Map.of(
            "scene", ImageKind.SCENE_SCREENSHOT, "performer", ImageKind.PERFORMER, "studio", ImageKind.STUDIO,
            "group", ImageKind.GROUP_FRONT);
    private static final int CHUNK = 16 * 1024;

    private final StashClient stash;

    public ImageRoutes(StashClient stash) {
        this.stash = stash;
    }

    static String segment(ImageKind kind) {
        return switch (kind) {
            case SCENE_SCREENSHOT -> "scene";
            case PERFORMER -> "performer";
            case STUDIO -> "studio";
            case GROUP_FRONT -> "group";
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
            Optional<String> type = ImageTypes.passable(image.contentType());
            if (type.isEmpty()) {
                LOG.warn("Image {} {} from Stash is {}, a type the provider does not pass on", segment(kind), id,
                        image.contentType());
                ErrorBody.send(ctx, 502, "stash-image-type", "Stash sent an image type the provider does not pass on");
                return;
            }
            relay(ctx, image, type.get(), segment(kind) + " " + id);
        }
    }

    private void relay(Context ctx, StashImage image, String type, String name) {
        byte[] buffer = new byte[CHUNK];
        int read;
        // The first chunk before any header: most failures (an oversized or stalled image) show here.
        try {
            read = image.body().read(buffer);
        } catch (IOException e) {
            stashBrokeOff(ctx, e, name);
            return;
        }
        ctx.status(200);
        // Set as a raw header: the servlet API would append a charset, which images do not have.
        ctx.res().setCharacterEncoding(null);
        ctx.header("Content-Type", type);
        ctx.header("Cache-Control", "public, max-age=604800");
        if (image.contentLength() >= 0) {
            ctx.header("Content-Length", Long.toString(image.contentLength()));
        }
        OutputStream out = ctx.outputStream();
        while (read >= 0) {
            try {
                out.write(buffer, 0, read);
                if (ctx.res().isCommitted()) {
                    // Once bytes are out anyway, push each chunk: Plex sees progress, and a Plex that went away
                    // shows up at the next write instead of when a buffer fills.
                    out.flush();
                }
            } catch (IOException e) {
                // Returning closes the image, which cancels Stash's transfer and frees its slot.
                LOG.debug("Plex went away while image {} was sent: {}", name, e.toString());
                return;
            }
            try {
                read = image.body().read(buffer);
            } catch (IOException e) {
                stashBrokeOff(ctx, e, name);
                return;
            }
        }
    }

    private static void stashBrokeOff(Context ctx, IOException e, String name) {
        String kind = e instanceof ImageStreamException broken ? broken.kind() : "image-incomplete";
        LOG.warn("Image {} from Stash broke off: {} ({})", name, e.getMessage(), kind);
        if (!ctx.res().isCommitted()) {
            ctx.res().reset();
            ErrorBody.send(ctx, 502, "stash-" + kind, "Stash did not deliver the image: " + e.getMessage());
            return;
        }
        // Part of the picture is out: only a cut connection tells Plex not to keep what it got (a chunked answer
        // would otherwise end cleanly). Closing the connection rather than aborting the servlet channel lets
        // Javalin finish the request normally.
        ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData().getConnection().getEndPoint()
                .close(e);
    }
}
