package dev.stash2plex.core.settings;

import java.util.Locale;

/**
 * Every setting the provider reads, with its environment name, its key in {@code provider.yml} and
 * its default. The single source of the configuration surface: the loader, the startup banner, the
 * desktop app's env file and the docs all derive from this list.
 */
public enum Setting {
    STASH_URL(null, true, false),
    STASH_API_KEY(null, true, true),
    PLEX_URL("http://host.docker.internal:32400", false, false),
    PLEX_TOKEN("", false, true),
    PROVIDER_PORT("9090", false, false),
    LOG_LEVEL("info", false, false),
    PATH_RULES("[]", false, false),
    PUBLIC_URL("", false, false),
    STASH_TIMEOUT_SECONDS("10", false, false),
    STASH_MAX_CONCURRENCY("8", false, false),
    DATA_DIR("/data", false, false),
    INDEX_REFRESH_SECONDS("30", false, false),
    INDEX_SWEEP_SECONDS("600", false, false),
    MEDIA_ROOTS("", false, false),
    ALLOWED_HOSTS("", false, false),
    ADMIN_TOKEN("", false, true),
    RATE_LIMIT_PER_SECOND("100", false, false),
    /** How often the library view's gap comparison runs by itself: manual, hourly, daily or weekly. */
    GAPS_SCHEDULE("daily", false, false),
    /** A file holding the Stash API key (a Docker or Kubernetes secret mounted read-only); the provider reads it at start (its {@code config.SecretFiles}). */
    STASH_API_KEY_FILE("", false, false),
    /** A file holding the Plex token; the provider reads it at start (its {@code config.SecretFiles}). */
    PLEX_TOKEN_FILE("", false, false),
    /** A file holding the admin token (the desktop app hands its container one this way). */
    ADMIN_TOKEN_FILE("", false, false),
    /** Plex sync: refreshes sent to Plex per second at most (decimals allowed, such as 0.5). */
    SYNC_RATE_PER_SECOND("2", false, false),
    /** Plex sync: a change that keeps failing this long is parked (kept, shown, retried only on request). */
    SYNC_GIVE_UP_HOURS("72", false, false),
    /** Plex sync: ask Plex to scan the folder of a new scene it has no item for. */
    SYNC_SCAN_NEW_FOLDERS("false", false, false),
    /** Plex sync: upload each item's poster and background into Plex, once per image version. */
    PLEX_UPLOAD_ARTWORK("true", false, false),
    /** What Plex gets as {@code contentRating} on every item (its parental limits go by it); {@code none} sends none. */
    CONTENT_RATING("XXX", false, false),
    /** Comma-separated fields not sent to Plex (see MetadataOptions.Field), e.g. {@code rating,stash_ids}. */
    OMIT_FIELDS("", false, false),
    /** Comma-separated tag names that are never sent as genres or collections. */
    IGNORE_TAGS("", false, false),
    /** {@code true}: only scenes marked organized in Stash are matched. */
    ORGANIZED_ONLY("false", false, false),
    /** The title of a scene without one; placeholders {basename} {id} {studio} {date} {code} {performers}. */
    TITLE_TEMPLATE("{basename}", false, false),
    /** Comma-separated tag names, each sent as a Plex collection. */
    COLLECTION_TAGS("", false, false);

    /** The environment variable prefix the original provider used; kept so existing setups can switch. */
    public static final String ENV_PREFIX = "S2P_";

    private final String defaultValue;
    private final boolean required;
    private final boolean secret;

    Setting(String defaultValue, boolean required, boolean secret) {
        this.defaultValue = defaultValue;
        this.required = required;
        this.secret = secret;
    }

    /** {@code S2P_STASH_URL}, … */
    public String envName() {
        return ENV_PREFIX + name();
    }

    /** {@code stash_url}, …: the key in {@code provider.yml}. */
    public String yamlKey() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The default, or null for a required setting. */
    public String defaultValue() {
        return defaultValue;
    }

    public boolean required() {
        return required;
    }

    /** A secret is never logged, never echoed in an error and never shown unmasked. */
    public boolean secret() {
        return secret;
    }
}
