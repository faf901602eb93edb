package dev.stash2plex.provider;

import dev.stash2plex.core.pathrules.PathRules;
import dev.stash2plex.core.pathrules.RuleStatus;
import dev.stash2plex.core.secrets.Redactor;
import dev.stash2plex.provider.access.AllowedHosts;
import dev.stash2plex.provider.config.ProviderConfig;
import dev.stash2plex.provider.health.StashHealth;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;

/**
 * The lines logged once the provider listens: what it serves and how its dependencies look. Secrets
 * are shown only as set or not set, credentials inside URLs are dropped, and what Stash said passes
 * the configuration's redaction rule.
 */
final class StartupBanner {

    private final ProviderConfig config;
    private final Path configFile;
    private final PathRules rules;
    private final String version;

    StartupBanner(ProviderConfig config, Path configFile, PathRules rules, String version) {
        this.config = config;
        this.configFile = configFile;
        this.rules = rules;
        this.version = version;
    }

    void log(Logger log, StashHealth stash) {
        String stashState = stashState(stash);
        log.atInfo()
                .addKeyValue("version", version)
                .addKeyValue("port", config.providerPort())
                .addKeyValue("stash_url", withoutCredentials(config.stashUrl()))
                .addKeyValue("stash_reachable", stash.usable())
                .addKeyValue("stash_api_key", config.stashApiKey().isEmpty() ? "not set" : "set")
                .addKeyValue("plex_url", withoutCredentials(config.plexUrl()))
                .addKeyValue("plex_token", config.plexToken().isEmpty() ? "not set" : "set")
                .addKeyValue("path_rules_loaded", rules.loadedCount())
                .addKeyValue("path_rules_disabled", rules.disabledCount())
                .addKeyValue("config_file", configFile + (Files.isRegularFile(configFile) ? "" : " (absent)"))
                .addKeyValue("index", config.indexRefresh().isZero() ? "off"
                        : "refresh " + config.indexRefresh().toSeconds() + " s, sweep " + config.indexSweep().toSeconds() + " s, in "
                                + config.dataDir())
                .addKeyValue("media_roots", config.mediaRoots().size())
                .addKeyValue("host_names", new AllowedHosts(config.publicUrl(), config.allowedHosts()).names().toString()
                        + " and any IP address")
                .addKeyValue("admin_token", config.adminToken().isEmpty() ? "not set" : "set")
                .addKeyValue("rate_limit_per_second", config.rateLimitPerSecond() == 0 ? "off" : config.rateLimitPerSecond())
                .log("Stash2Plex provider started");
        log.info("Stash2Plex provider v{} | port {} | Stash {} [{}] | Plex {} | path rules: {} loaded, {} disabled",
                version, config.providerPort(), withoutCredentials(config.stashUrl()), stashState,
                withoutCredentials(config.plexUrl()), rules.loadedCount(), rules.disabledCount());
        for (RuleStatus status : rules.statuses()) {
            if (status.active()) {
                log.info("Path rule \"{}\": active", status.name());
            } else {
                log.warn("Path rule \"{}\": disabled: {}", status.name(), status.reason());
            }
        }
    }

    /** How Stash answered, through the configuration's redaction rule: its error texts may echo what we sent. */
    String stashState(StashHealth stash) {
        Redactor secrets = config.secrets();
        return secrets.redact(stash.usable() ? "reachable, " + stash.version() : stash.lastError());
    }

    static String withoutCredentials(URI uri) {
        if (uri == null || uri.getUserInfo() == null) {
            return String.valueOf(uri);
        }
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            return uri.getScheme() + "://" + uri.getHost();
        }
    }
}
