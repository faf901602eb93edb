package dev.stash2plex.app.health;

/** Asks a provider on this machine how it is; {@link HealthProbe} over HTTP, a stub in tests. */
@FunctionalInterface
public interface HealthCheck {

    ProviderHealth check(int port) throws HealthProbe.ProbeException;
}
