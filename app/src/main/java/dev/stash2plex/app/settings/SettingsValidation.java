package dev.stash2plex.app.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for each field of the settings form, as pure functions. URLs accept what home networks
 * really use: {@code localhost}, IPv4, single-label and {@code .local} names, bracketed IPv6, and a
 * path for a reverse proxy; they refuse what would fail later (no scheme, a query, credentials).
 */
public final class SettingsValidation {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

    private SettingsValidation() {
    }

    public static Optional<FieldProblem> url(String text, boolean required) {
        String url = text == null ? "" : text.strip();
        if (url.isEmpty()) {
            return required ? Optional.of(FieldProblem.URL_MISSING) : Optional.empty();
        }
        if (url.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of(FieldProblem.URL_SPACES);
        }
        String scheme = SCHEME.matcher(url).matches() ? url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(FieldProblem.URL_SCHEME);
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of(FieldProblem.URL_HOST);
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of(FieldProblem.URL_EXTRA);
        }
        if (uri.getHost() == null) {
            // java.net.URI falls back to a "registry" authority when host or port is malformed.
            return Optional.of(hasBadPort(uri.getRawAuthority()) ? FieldProblem.URL_PORT : FieldProblem.URL_HOST);
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535 || uri.getRawAuthority().endsWith(":")) {
            return Optional.of(FieldProblem.URL_PORT);
        }
        return storable(url);
    }

    private static boolean hasBadPort(String authority) {
        if (authority == null) {
            return false;
        }
        int colon = authority.lastIndexOf(':');
        if (colon < 0 || colon < authority.lastIndexOf(']')) {
            return false;
        }
        String port = authority.substring(colon + 1);
        return port.isEmpty() || !port.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    public static Optional<FieldProblem> apiKey(String text) {
        String key = text == null ? "" : text.strip();
        if (key.isEmpty()) {
            return Optional.of(FieldProblem.KEY_MISSING);
        }
        return unusableCharacter(text).isPresent() ? Optional.of(FieldProblem.SECRET_CHARACTER) : storable(key);
    }

    /** An optional secret such as the Plex token. */
    public static Optional<FieldProblem> optionalSecret(String text) {
        return unusableCharacter(text).isPresent() ? Optional.of(FieldProblem.SECRET_CHARACTER)
                : storable(text == null ? "" : text.strip());
    }

    /**
     * The first character of a secret that is not printable ASCII ({@code !} to {@code ~}), once the
     * spaces and line breaks that pasting adds around it are trimmed (they are trimmed on save too).
     * Such a key could not be sent in an HTTP header, and would fail in the provider.
     */
    public static Optional<UnusableCharacter> unusableCharacter(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.strip();
        int start = text.indexOf(key);
        int position = text.codePointCount(0, start);
        for (int i = 0; i < key.length(); ) {
            int codePoint = key.codePointAt(i);
            position++;
            if (codePoint < '!' || codePoint > '~') {
                return Optional.of(new UnusableCharacter(UnusableCharacter.kindOf(codePoint), codePoint, position));
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    public static Optional<FieldProblem> port(int port) {
        return port >= 1 && port <= 65535 ? Optional.empty() : Optional.of(FieldProblem.PORT_RANGE);
    }

    /** Whether the env file can hold the value so that every Docker Compose reads it back the same. */
    public static Optional<FieldProblem> storable(String value) {
        return EnvFileFormat.problemWith(value).map(problem -> FieldProblem.NOT_STORABLE);
    }
}
