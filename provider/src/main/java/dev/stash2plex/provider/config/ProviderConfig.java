package dev.stash2plex.provider.config;

import dev.stash2plex.core.pathrules.PathRuleDefinition;
import dev.stash2plex.core.secrets.Redactor;
import dev.stash2plex.provider.access.HostPattern;
import dev.stash2plex.provider.fingerprint.MediaRoot;
import dev.stash2plex.provider.library.GapSchedule;
import dev.stash2plex.provider.metadata.MetadataOptions;
import dev.stash2plex.provider.sync.SyncSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The provider's effective settings after environment, YAML file and defaults were merged and
 * validated. Immutable; {@link #toString()} masks the secrets so the record is safe to log.
 *
 * @param plexToken empty when not configured
 * @param publicUrl the base URL Plex uses to fetch our images; empty means "from the request's Host"
 * @param dataDir where the scene index lives; the only place the provider writes
 * @param indexRefresh how often the index asks Stash what changed; zero turns the index off
 * @param indexSweep how often the index reads every id to find scenes deleted in Stash
 * @param mediaRoots folders where the provider can read the media Plex sees, for fingerprints; may be empty
 * @param allowedHosts Host names accepted besides IP literals, the built-in local names and the public URL's host
 * @param adminToken opens the diagnostic endpoints to callers that are not on this machine; empty when not configured
 * @param rateLimitPerSecond requests per second one client may make on average; 0 turns the limit off
 * @param gapsSchedule how often the library view compares Plex's side with Stash's by itself
 * @param sync how the Plex sync behaves (it runs only with a Plex token)
 * @param metadata what Plex is sent: content rating, fields left out, tags ignored, collections
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
        int stashMaxConcurrency,
        Path dataDir,
        Duration indexRefresh,
        Duration indexSweep,
        List<MediaRoot> mediaRoots,
        List<HostPattern> allowedHosts,
        String adminToken,
        int rateLimitPerSecond,
        GapSchedule gapsSchedule,
        SyncSettings sync,
        MetadataOptions metadata) {

    public ProviderConfig {
        metadata = metadata == null ? MetadataOptions.defaults() : metadata;
        pathRules = List.copyOf(pathRules);
        mediaRoots = List.copyOf(mediaRoots);
        allowedHosts = List.copyOf(allowedHosts);
        sync = sync == null ? SyncSettings.defaults() : sync;
    }

    /** The configuration with the sync's and the metadata's defaults, for callers that care about neither. */
    public ProviderConfig(URI stashUrl, String stashApiKey, URI plexUrl, String plexToken, int providerPort, String logLevel,
            List<PathRuleDefinition> pathRules, Optional<URI> publicUrl, Duration stashTimeout, int stashMaxConcurrency,
            Path dataDir, Duration indexRefresh, Duration indexSweep, List<MediaRoot> mediaRoots,
            List<HostPattern> allowedHosts, String adminToken, int rateLimitPerSecond, GapSchedule gapsSchedule) {
        this(stashUrl, stashApiKey, plexUrl, plexToken, providerPort, logLevel, pathRules, publicUrl, stashTimeout,
                stashMaxConcurrency, dataDir, indexRefresh, indexSweep, mediaRoots, allowedHosts, adminToken,
                rateLimitPerSecond, gapsSchedule, SyncSettings.defaults(), MetadataOptions.defaults());
    }

    /** This configuration with another Plex address, token and sync behaviour. */
    public ProviderConfig withPlex(URI plexUrl, String plexToken, SyncSettings sync) {
        return new ProviderConfig(stashUrl, stashApiKey, plexUrl, plexToken, providerPort, logLevel, pathRules, publicUrl,
                stashTimeout, stashMaxConcurrency, dataDir, indexRefresh, indexSweep, mediaRoots, allowedHosts, adminToken,
                rateLimitPerSecond, gapsSchedule, sync, metadata);
    }

    /** This configuration sending {@code options} to Plex. */
    public ProviderConfig withMetadata(MetadataOptions options) {
        return new ProviderConfig(stashUrl, stashApiKey, plexUrl, plexToken, providerPort, logLevel, pathRules, publicUrl,
                stashTimeout, stashMaxConcurrency, dataDir, indexRefresh, indexSweep, mediaRoots, allowedHosts, adminToken,
                rateLimitPerSecond, gapsSchedule, sync, options);
    }

    /** The redaction rule for this configuration's secrets, for everything the provider prints or answers. */
    public Redactor secrets() {
        return Redactor.secret(stashApiKey, Redactor.API_KEY).and(Redactor.secret(plexToken, Redactor.PLEX_TOKEN))
                .and(Redactor.secret(adminToken, Redactor.ADMIN_TOKEN));
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
                + ", stashMaxConcurrency=" + stashMaxConcurrency
                + ", dataDir=" + dataDir
                + ", indexRefresh=" + indexRefresh
                + ", indexSweep=" + indexSweep
                + ", mediaRoots=" + mediaRoots
                + ", allowedHosts=" + allowedHosts
                + ", adminToken=" + mask(adminToken)
                + ", rateLimitPerSecond=" + rateLimitPerSecond
                + ", gapsSchedule=" + gapsSchedule
                + ", sync=" + sync
                + ", metadata=" + metadata + "]";
    }

    private static String mask(String secret) {
        return secret == null || secret.isEmpty() ? "(not set)" : "(set)";
    }
}
