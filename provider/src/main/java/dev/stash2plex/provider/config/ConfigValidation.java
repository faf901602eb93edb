package dev.stash2plex.provider.config;

import dev.stash2plex.core.pathrules.PathRuleDefinition;
import dev.stash2plex.core.pathrules.PathRuleException;
import dev.stash2plex.core.pathrules.PathRulesParser;
import dev.stash2plex.core.secrets.SecretText;
import dev.stash2plex.core.settings.Setting;
import dev.stash2plex.provider.access.HostPattern;
import dev.stash2plex.provider.fingerprint.MediaRoot;
import dev.stash2plex.provider.library.GapSchedule;
import dev.stash2plex.provider.sync.SyncSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns merged raw values into typed settings, noting one problem per invalid value. */
final class ConfigValidation {

    private static final int ADMIN_TOKEN_MIN_LENGTH = 16;
    private static final Set<String> LOG_LEVELS = Set.of("trace", "debug", "info", "warn", "error");

    private final Map<Setting, RawValue> values;
    private final List<String> problems = new ArrayList<>();

    ConfigValidation(Map<Setting, RawValue> values) {
        this.values = values;
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /** The config, with placeholders where a value was invalid; only meaningful when {@link #problems()} is empty. */
    ProviderConfig build() {
        return new ProviderConfig(
                httpUrl(Setting.STASH_URL).orElse(null),
                secret(Setting.STASH_API_KEY),
                httpUrl(Setting.PLEX_URL).orElse(null),
                secret(Setting.PLEX_TOKEN),
                integer(Setting.PROVIDER_PORT, 1, 65535),
                logLevel(),
                pathRules(),
                httpUrl(Setting.PUBLIC_URL),
                Duration.ofSeconds(integer(Setting.STASH_TIMEOUT_SECONDS, 1, 300)),
                integer(Setting.STASH_MAX_CONCURRENCY, 1, 64),
                dataDir(),
                indexRefresh(),
                Duration.ofSeconds(integer(Setting.INDEX_SWEEP_SECONDS, 10, 7 * 86_400)),
                mediaRoots(),
                allowedHosts(),
                adminToken(),
                integer(Setting.RATE_LIMIT_PER_SECOND, 0, 100_000),
                gapsSchedule(),
                sync(),
                new MetadataSettings(this::raw, problems).build());
    }

    private RawValue raw(Setting setting) {
        RawValue raw = values.get(setting);
        return raw != null ? raw : new RawValue(setting, setting.defaultValue(), null, setting.envName());
    }

    /**
     * A key or token: trimmed, and only visible ASCII, because it is sent as an HTTP header and an
     * invisible character pasted along with it would make every request fail (see {@link SecretText}).
     */
    private String secret(Setting setting) {
        RawValue raw = raw(setting);
        if (raw.text() == null) {
            if (raw.node() != null) {
                problems.add(raw.origin() + " must be a single text value, not a list or mapping");
            }
            return "";
        }
        String text = SecretText.trimmed(raw.text());
        SecretText.problem(text).ifPresent(problem -> problems.add(raw.origin() + " " + problem + "; " + pasteAgain(setting)));
        return text;
    }

    private static String pasteAgain(Setting setting) {
        return setting == Setting.PLEX_TOKEN
                ? "copy the token again (Plex Web: an item's Get Info > View XML, X-Plex-Token in the address)"
                : "paste the key again from Stash > Settings > Security > API Key";
    }

    private Optional<URI> httpUrl(Setting setting) {
        RawValue raw = raw(setting);
        if (raw.text() == null || raw.text().isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(raw.text().strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getQuery() == null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException ignored) {
            // reported below, with the origin of the value
        }
        if (raw.text().contains("?") || raw.text().contains("#")) {
            // Typically http://stash:9999/?apikey=…, copied from a browser: a key must not end up in a URL.
            problems.add(raw.origin() + " must not carry a query or fragment (such as ?apikey= and a key); keys and tokens go in"
                    + " their own settings (S2P_STASH_API_KEY, S2P_PLEX_TOKEN), which are sent only in headers" + shownUrl(raw));
        } else {
            problems.add(raw.origin() + " must be an http:// or https:// URL with a host, such as http://192.168.1.20:9999"
                    + shownUrl(raw));
        }
        return Optional.empty();
    }

    private int integer(Setting setting, int min, int max) {
        RawValue raw = raw(setting);
        try {
            int value = Integer.parseInt(raw.text() == null ? "" : raw.text().strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(raw.origin() + " must be a whole number from " + min + " to " + max + shown(setting, raw));
        return Integer.parseInt(setting.defaultValue());
    }

    private String logLevel() {
        RawValue raw = raw(Setting.LOG_LEVEL);
        String level = raw.text() == null ? "" : raw.text().strip().toLowerCase(Locale.ROOT);
        if (level.equals("warning")) {
            return "warn";
        }
        if (LOG_LEVELS.contains(level)) {
            return level;
        }
        problems.add(raw.origin() + " must be one of trace, debug, info, warn, error" + shown(Setting.LOG_LEVEL, raw));
        return Setting.LOG_LEVEL.defaultValue();
    }

    private GapSchedule gapsSchedule() {
        RawValue raw = raw(Setting.GAPS_SCHEDULE);
        return GapSchedule.parse(raw.text()).orElseGet(() -> {
            problems.add(raw.origin() + " must be one of manual, hourly, daily, weekly" + shown(Setting.GAPS_SCHEDULE, raw));
            return GapSchedule.DAILY;
        });
    }

    /** 0 turns the index off; otherwise at least 5 s, so the index cannot turn into a load on Stash. */
    private Duration indexRefresh() {
        RawValue raw = raw(Setting.INDEX_REFRESH_SECONDS);
        String text = raw.text() == null ? "" : raw.text().strip();
        if (text.equals("0")) {
            return Duration.ZERO;
        }
        return Duration.ofSeconds(integer(Setting.INDEX_REFRESH_SECONDS, 5, 86_400));
    }

    private SyncSettings sync() {
        return SyncSettings.of(decimal(Setting.SYNC_RATE_PER_SECOND, 0.01, 1000),
                Duration.ofHours(integer(Setting.SYNC_GIVE_UP_HOURS, 1, 24 * 365)),
                bool(Setting.SYNC_SCAN_NEW_FOLDERS), bool(Setting.PLEX_UPLOAD_ARTWORK));
    }

    private double decimal(Setting setting, double min, double max) {
        RawValue raw = raw(setting);
        try {
            double value = Double.parseDouble(raw.text() == null ? "" : raw.text().strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(raw.origin() + " must be a number from " + min + " to " + (long) max + shown(setting, raw));
        return Double.parseDouble(setting.defaultValue());
    }

    private boolean bool(Setting setting) {
        RawValue raw = raw(setting);
        String text = raw.text() == null ? "" : raw.text().strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> {
                problems.add(raw.origin() + " must be true or false" + shown(setting, raw));
                yield Boolean.parseBoolean(setting.defaultValue());
            }
        };
    }

    private Path dataDir() {
        RawValue raw = raw(Setting.DATA_DIR);
        String text = raw.text() == null ? "" : raw.text().strip();
        try {
            Path dir = Path.of(text);
            if (dir.isAbsolute()) {
                return dir.normalize();
            }
        } catch (InvalidPathException ignored) {
            // reported below
        }
        problems.add(raw.origin() + " must be an absolute folder path, such as /data" + shown(Setting.DATA_DIR, raw));
        return Path.of(Setting.DATA_DIR.defaultValue());
    }

    private List<MediaRoot> mediaRoots() {
        RawValue raw = raw(Setting.MEDIA_ROOTS);
        try {
            return MediaRoot.parseList(raw.text());
        } catch (IllegalArgumentException e) {
            problems.add(raw.origin() + ": " + e.getMessage()
                    + " (a comma-separated list of folders, each /folder or /plex-folder=/provider-folder)");
            return List.of();
        }
    }

    private List<PathRuleDefinition> pathRules() {
        RawValue raw = raw(Setting.PATH_RULES);
        try {
            return raw.node() != null && !raw.node().isTextual()
                    ? PathRulesParser.fromNode(raw.node())
                    : PathRulesParser.parseJson(raw.text() == null ? raw.node().asText() : raw.text());
        } catch (PathRuleException e) {
            problems.add(raw.origin() + ": " + e.getMessage());
            return List.of();
        }
    }

    /** A comma-separated list, or in YAML also a list. */
    private List<HostPattern> allowedHosts() {
        RawValue raw = raw(Setting.ALLOWED_HOSTS);
        String text = raw.text();
        if (text == null) {
            if (!raw.node().isArray()) {
                problems.add(raw.origin() + " must be a list of host names");
                return List.of();
            }
            List<String> entries = new ArrayList<>();
            raw.node().forEach(entry -> entries.add(entry.asText()));
            text = String.join(",", entries);
        }
        try {
            return HostPattern.parseList(text);
        } catch (IllegalArgumentException e) {
            problems.add(raw.origin() + ": " + e.getMessage());
            return List.of();
        }
    }

    /** Long enough not to be guessed within the rate limit; printable, because it travels in a header. */
    private String adminToken() {
        RawValue raw = raw(Setting.ADMIN_TOKEN);
        String token = raw.text() == null ? "" : raw.text().strip();
        if (token.isEmpty() || (token.length() >= ADMIN_TOKEN_MIN_LENGTH && token.chars().allMatch(c -> c > 0x20 && c < 0x7f))) {
            return token;
        }
        problems.add(raw.origin() + " must be at least " + ADMIN_TOKEN_MIN_LENGTH + " letters, digits or punctuation"
                + " without spaces, such as the output of: openssl rand -hex 16");
        return "";
    }

    /** A URL for a message: without its query, fragment and user info, which may all carry credentials. */
    private static String shownUrl(RawValue raw) {
        String url = raw.text().strip();
        int cut = url.length();
        for (char end : new char[] {'?', '#'}) {
            int at = url.indexOf(end);
            cut = at >= 0 ? Math.min(cut, at) : cut;
        }
        url = url.substring(0, cut).replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)[^/@]*@", "$1");
        return " (got \"" + url + (cut < raw.text().strip().length() ? "?…" : "") + "\")";
    }

    /** The offending value for the message, unless it is a secret. */
    private static String shown(Setting setting, RawValue raw) {
        return setting.secret() || raw.text() == null ? "" : " (got \"" + raw.text() + "\")";
    }
}
