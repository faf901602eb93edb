package dev.stash2plex.provider.testing;

import dev.stash2plex.core.pathrules.PathRuleDefinition;
import dev.stash2plex.core.pathrules.PathRules;
import dev.stash2plex.core.settings.Setting;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.access.HostPattern;
import dev.stash2plex.provider.config.ProviderConfig;
import dev.stash2plex.provider.fingerprint.MediaRoot;
import dev.stash2plex.provider.library.GapSchedule;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Starts the real provider, wired exactly as {@code Main} does, on a free port for a test. */
public final class TestProvider {

    /** Tests run with the rate limit that ships, unless they turn it off. */
    private static final int DEFAULT_RATE_LIMIT = Integer.parseInt(Setting.RATE_LIMIT_PER_SECOND.defaultValue());

    private TestProvider() {
    }

    /** A provider that asks Stash for every file (no scene index), as the tests of the live steps need. */
    public static ProviderConfig config(URI stashUrl, String apiKey, List<PathRuleDefinition> rules) {
        return new ProviderConfig(stashUrl, apiKey, URI.create("http://127.0.0.1:32400"), "", 0, "info", rules,
                Optional.empty(), Duration.ofSeconds(2), 4, Path.of(System.getProperty("java.io.tmpdir")), Duration.ZERO,
                Duration.ofMinutes(10), List.of(), List.of(), "", DEFAULT_RATE_LIMIT, GapSchedule.MANUAL);
    }

    /** A provider with its scene index in {@code dataDir}, refreshed every {@code refresh} and swept every {@code sweep}. */
    public static ProviderConfig indexed(URI stashUrl, String apiKey, List<PathRuleDefinition> rules, Path dataDir,
            Duration refresh, Duration sweep, List<MediaRoot> mediaRoots) {
        return new ProviderConfig(stashUrl, apiKey, URI.create("http://127.0.0.1:32400"), "", 0, "info", rules,
                Optional.empty(), Duration.ofSeconds(2), 4, dataDir, refresh, sweep, mediaRoots, List.of(), "", DEFAULT_RATE_LIMIT, GapSchedule.MANUAL);
    }

    /** {@code config} with the access settings replaced: public URL, allowed hosts, admin token and rate limit (0 = off). */
    public static ProviderConfig withAccess(ProviderConfig config, Optional<URI> publicUrl, List<HostPattern> allowedHosts,
            String adminToken, int rateLimitPerSecond) {
        return new ProviderConfig(config.stashUrl(), config.stashApiKey(), config.plexUrl(), config.plexToken(),
                config.providerPort(), config.logLevel(), config.pathRules(), publicUrl, config.stashTimeout(),
                config.stashMaxConcurrency(), config.dataDir(), config.indexRefresh(), config.indexSweep(), config.mediaRoots(),
                allowedHosts, adminToken, rateLimitPerSecond, config.gapsSchedule())
                .withPlex(config.plexUrl(), config.plexToken(), config.sync());
    }

    public static Provider start(ProviderConfig config) {
        return start(config, Clock.systemUTC());
    }

    /** A provider whose sense of time (the rate limit's, the health timestamps') is {@code clock}. */
    public static Provider start(ProviderConfig config, Clock clock) {
        try {
            return Provider.start(config, PathRules.compile(config.pathRules()), "test", clock);
        } catch (Exception e) {
            throw new IllegalStateException("Test provider did not start", e);
        }
    }
}
