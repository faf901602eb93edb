package dev.stash2plex.provider.config;

import dev.stash2plex.core.pathrules.PathRuleDefinition;
import dev.stash2plex.core.pathrules.PathRuleException;
import dev.stash2plex.core.pathrules.PathRulesParser;
import dev.stash2plex.core.settings.Setting;
import dev.stash2plex.provider.fingerprint.MediaRoot;
import dev.stash2plex.provider.library.GapSchedule;
import dev.stash2plex.provider.sync.SyncSettings;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns merged raw values into typed settings, noting one problem per invalid value; the connection,
 * access and metadata settings are validated by their own classes, which note into the same list.
 */
final class ConfigValidation {

    private static final Set<String> LOG_LEVELS = Set.of("trace", "debug", "info", "warn", "error");

    private final Map<Setting, RawValue> values;
    private final List<String> problems = new ArrayList<>();
    private final ConnectionSettings connection;
    private final AccessSettings access;

    ConfigValidation(Map<Setting, RawValue> values) {
        this.values = values;
        this.connection = new ConnectionSettings(this::raw, problems);
        this.access = new AccessSettings(this::raw, problems);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /** The config, with placeholders where a value was invalid; only meaningful when {@link #problems()} is empty. */
    ProviderConfig build() {
        return new ProviderConfig(
                connection.httpUrl(Setting.STASH_URL).orElse(null),
                connection.secret(Setting.STASH_API_KEY),
                connection.httpUrl(Setting.PLEX_URL).orElse(null),
                connection.secret(Setting.PLEX_TOKEN),
                integer(Setting.PROVIDER_PORT, 1, 65535),
                logLevel(),
                pathRules(),
                connection.httpUrl(Setting.PUBLIC_URL),
                Duration.ofSeconds(integer(Setting.STASH_TIMEOUT_SECONDS, 1, 300)),
                integer(Setting.STASH_MAX_CONCURRENCY, 1, 64),
                dataDir(),
                indexRefresh(),
                Duration.ofSeconds(integer(Setting.INDEX_SWEEP_SECONDS, 10, 7 * 86_400)),
                mediaRoots(),
                access.allowedHosts(),
                access.adminToken(),
                integer(Setting.RATE_LIMIT_PER_SECOND, 0, 100_000),
                gapsSchedule(),
                sync(),
                new MetadataSettings(this::raw, problems).build());
    }

    private RawValue raw(Setting setting) {
        RawValue raw = values.get(setting);
        return raw != null ? raw : new RawValue(setting, setting.defaultValue(), null, setting.envName());
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
        return switchWord(text).orElseGet(() -> {
            problems.add(raw.origin() + " must be true or false" + shown(setting, raw));
            return Boolean.parseBoolean(setting.defaultValue());
        });
    }

    /** The words every on/off setting accepts (lower case, stripped); empty for any other word. */
    static Optional<Boolean> switchWord(String text) {
        return switch (text) {
            case "true", "yes", "on", "1" -> Optional.of(true);
            case "false", "no", "off", "0" -> Optional.of(false);
            default -> Optional.empty();
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

    /** The offending value for the message, unless it is a secret. */
    private static String shown(Setting setting, RawValue raw) {
        return setting.secret() || raw.text() == null ? "" : " (got \"" + raw.text() + "\")";
    }
}
