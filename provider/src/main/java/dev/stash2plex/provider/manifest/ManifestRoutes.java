package dev.stash2plex.provider.manifest;

import dev.stash2plex.provider.http.Routes;
import dev.stash2plex.provider.plex.Manifest;
import io.javalin.config.RoutesConfig;

/** {@code GET /}: what Plex reads when the provider is registered. */
public final class ManifestRoutes implements Routes {

    private final Manifest manifest;

    public ManifestRoutes(String version) {
        this.manifest = Manifest.forVersion(version);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> ctx.json(manifest));
    }
}
