package dev.stash2plex.provider.config;

import dev.stash2plex.core.settings.Setting;
import dev.stash2plex.provider.access.HostPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The settings of who may call the provider (allowed hosts, admin token), validated; each problem is noted with its origin. */
final class AccessSettings {

    private static final int ADMIN_TOKEN_MIN_LENGTH = 16;

    private final Function<Setting, RawValue> raw;
    private final List<String> problems;

    AccessSettings(Function<Setting, RawValue> raw, List<String> problems) {
        this.raw = raw;
        this.problems = problems;
    }

    /** A comma-separated list, or in YAML also a list. */
    List<HostPattern> allowedHosts() {
        RawValue value = raw.apply(Setting.ALLOWED_HOSTS);
        String text = value.text();
        if (text == null) {
            if (!value.node().isArray()) {
                problems.add(value.origin() + " must be a list of host names");
                return List.of();
            }
            List<String> entries = new ArrayList<>();
            value.node().forEach(entry -> entries.add(entry.asText()));
            text = String.join(",", entries);
        }
        try {
            return HostPattern.parseList(text);
        } catch (IllegalArgumentException e) {
            problems.add(value.origin() + ": " + e.getMessage());
            return List.of();
        }
    }

    /** Long enough not to be guessed within the rate limit; printable, because it travels in a header. */
    String adminToken() {
        RawValue value = raw.apply(Setting.ADMIN_TOKEN);
        String token = value.text() == null ? "" : value.text().strip();
        if (token.isEmpty() || (token.length() >= ADMIN_TOKEN_MIN_LENGTH && token.chars().allMatch(c -> c > 0x20 && c < 0x7f))) {
            return token;
        }
        problems.add(value.origin() + " must be at least " + ADMIN_TOKEN_MIN_LENGTH + " letters, digits or punctuation"
                + " without spaces, such as the output of: openssl rand -hex 16");
        return "";
    }
}
