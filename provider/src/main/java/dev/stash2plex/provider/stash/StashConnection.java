package dev.stash2plex.provider.stash;
import java.net.URI; import java.time.Duration;
public record StashConnection(URI baseUrl, String apiKey, Duration connectTimeout, Duration requestTimeout, int maxConcurrentRequests, Duration cacheTtl) {}
