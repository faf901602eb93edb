package dev.stash2plex.provider.http;

import io.javalin.config.RoutesConfig;

/** One feature's HTTP routes; {@link ProviderServer} registers each feature's routes at start-up. */
@FunctionalInterface
public interface Routes {

    void register(RoutesConfig routes);
}
