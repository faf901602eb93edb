package dev.stash2plex.provider.config;

import dev.stash2plex.provider.pathrules.PathRuleDefinition;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The provider's effective settings after environment, YAML file and defaults were merged and
 * validated. Immutable; {@link #toString()} masks the secrets so the record is safe to log.
 *
 * @param plexToken empty when not configured
 * @param publicUrl the base URL Plex uses to fetch our images; empty means "from the request's Host"
 */
public record ProviderConfig(
        URI stashUrl,
        String stashApiKey,
        URI plexUrl,
        String plexToken,
        int providerPort,
        String logLevel,
        List<PathRuleDefinition> pathRules,
        Optional<URI> publicUrl,
        Duration stashTimeout,
        int stashMaxConcurrency) {

    public ProviderConfig {
        pathRules = List.copyOf(pathRules);
    }

    @Override
    public String toString() {
        return "ProviderConfig[stashUrl=" + stashUrl
                + ", stashApiKey=" + mask(stashApiKey)
                + ", plexUrl=" + plexUrl
                + ", plexToken=" + mask(plexToken)
                + ", providerPort=" + providerPort
                + ", logLevel=" + logLevel
                + ", pathRules=" + pathRules.size()
                + ", publicUrl=" + publicUrl.map(URI::toString).orElse("(from request)")
                + ", stashTimeout=" + stashTimeout
                + ", stashMaxConcurrency=" + stashMaxConcurrency + "]";
    }

    private static String mask(String secret) {
        return secret == null || secret.isEmpty() ? "(not set)" : "(set)";
    }
}
